package org.accord.importing;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one thread that checks and applies imports, one after another: a Spring
 * {@link ThreadPoolTaskExecutor} whose tasks run as the user who asked (their
 * authentication, for the services' role checks and the history's "changed by") and in
 * their language (the import's messages). Kept inside the import feature rather than as
 * an application-wide executor bean, which would replace Spring Boot's own.
 */
final class ImportWorker {

	private ImportWorker() {
	}

	static ThreadPoolTaskExecutor start() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("accord-import-");
		executor.setDaemon(true);
		// On shutdown the running import is interrupted, not awaited: its batch is failed
		// by the heartbeat check (on this node's next start, or by another node).
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.setTaskDecorator(new AsTheCaller());
		executor.initialize();
		return executor;
	}

	/** Carries the caller's authentication and locale into the worker's task. */
	static final class AsTheCaller implements TaskDecorator {

		@Override
		public Runnable decorate(Runnable task) {
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			// The locale itself: the request's locale context reads the request, which is
			// gone by the time the task runs.
			Locale language = LocaleContextHolder.getLocale();
			return () -> {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(who);
				SecurityContextHolder.setContext(context);
				LocaleContextHolder.setLocale(language);
				try {
					task.run();
				}
				finally {
					SecurityContextHolder.clearContext();
					LocaleContextHolder.resetLocaleContext();
				}
			};
		}

	}

}
