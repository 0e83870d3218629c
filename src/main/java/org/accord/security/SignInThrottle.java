package org.accord.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in throttling by client address, beside the lock of each account: after
 * {@code accord.security.max-failed-logins-per-address} failed sign-ins from one address
 * within {@code accord.security.address-window}, further attempts from it are refused
 * before any password is checked, until the window ends. It stops one machine from trying
 * many accounts (which the per-account lock cannot see). Counted in this node's memory:
 * with several nodes each counts what it receives.
 */
@Component
class SignInThrottle {

	/** Past this many addresses the oldest windows are forgotten at once. */
	private static final int MAX_ADDRESSES = 10_000;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	private final Map<String, Window> failures = new ConcurrentHashMap<>();

	private record Window(Instant start, int count) {
	}

	SignInThrottle(Clock clock, @Value("${accord.security.max-failed-logins-per-address:20}") int maxFailures,
			@Value("${accord.security.address-window:PT15M}") Duration window) {
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	boolean refuses(String address) {
		Window current = this.failures.get(address);
		return current != null && current.count() >= this.maxFailures
				&& current.start().plus(this.window).isAfter(this.clock.instant());
	}

	@EventListener
	public void failed(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				|| details.getRemoteAddress() == null) {
			return;
		}
		if (this.failures.size() >= MAX_ADDRESSES) {
			this.failures.clear();
		}
		Instant now = this.clock.instant();
		this.failures.merge(details.getRemoteAddress(), new Window(now, 1), (old,
				one) -> old.start().plus(this.window).isAfter(now) ? new Window(old.start(), old.count() + 1) : one);
	}

	/**
	 * The filter in front of the sign-in form: a refused address is sent back at once.
	 */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if ("POST".equals(request.getMethod()) && "/login".equals(path) && refuses(request.getRemoteAddr())) {
					response.sendRedirect(request.getContextPath() + "/login?error=throttled");
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

}
