package org.accord.config;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions kept in PostgreSQL ({@code accord.sessions=jdbc}), so that with several portal
 * nodes behind a load balancer any node serves any signed-in user, and ending a user's
 * sessions (disabled, role changed, password reset) ends them on every node. One node
 * alone keeps sessions in its memory (the default): one statement less per request.
 * <p>
 * Expired sessions are deleted every minute by one node at a time (an advisory lock),
 * rather than by Spring Session's own job on every node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "accord.sessions", havingValue = "jdbc")
@EnableJdbcHttpSession(cleanupCron = Scheduled.CRON_DISABLED)
class SessionsConfiguration {

	/** The advisory lock that lets one node delete expired sessions at a time. */
	static final long CLEANUP_LOCK = 0x4143434f52440002L;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	SessionsConfiguration(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Scheduled(fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
	void deleteExpiredSessions() {
		this.transaction.executeWithoutResult((status) -> {
			if (Boolean.TRUE
				.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, CLEANUP_LOCK))) {
				this.jdbc.update("delete from spring_session where expiry_time < ?", System.currentTimeMillis());
			}
		});
	}

}
