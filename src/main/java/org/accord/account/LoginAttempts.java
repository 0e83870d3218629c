package org.accord.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditLog;
import org.accord.model.SearchText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins and locks an account after too many
 * ({@code accord.security.max-failed-logins}, for
 * {@code accord.security.lockout-duration}). Every attempt goes to the audit log and the
 * application log, with the name that was typed and never the password.
 */
@Component
public class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockout;

	private final MeterRegistry meters;

	LoginAttempts(AccountRepository accounts, JdbcClient jdbc, AuditLog audit, Clock clock, MeterRegistry meters,
			@Value("${accord.security.max-failed-logins:5}") int maxFailures,
			@Value("${accord.security.lockout-duration:PT15M}") Duration lockout) {
		this.meters = meters;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	public Duration lockout() {
		return this.lockout;
	}

	/*
	 * No transaction around these listeners: each statement commits on its own, and the
	 * audit log opens its own transaction. Holding one connection while the audit log
	 * asks for a second deadlocked the pool when ten sign-ins failed at once.
	 */

	@EventListener
	public void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		// Plain SQL, not the entity: two sign-ins at once must not fail on its version.
		this.jdbc.sql("""
				update account set failed_attempts = 0, locked_until = null
				where username = ? and (failed_attempts <> 0 or locked_until is not null)""").param(username).update();
		this.audit.record(username, AuditAction.LOGIN_SUCCEEDED, null, null);
	}

	@EventListener
	public void loggedOut(LogoutSuccessEvent event) {
		this.audit.record(event.getAuthentication().getName(), AuditAction.LOGOUT, null, null);
	}

	@EventListener
	public void failed(AbstractAuthenticationFailureEvent event) {
		String typed = typedName(event);
		this.meters.counter("accord.signin.failures", "reason", failureReason(event)).increment();
		if (event instanceof AuthenticationFailureLockedEvent) {
			log.warn("Sign-in refused for locked account '{}'", printable(typed));
			this.audit.record(typed, AuditAction.LOGIN_REFUSED_LOCKED, null, null);
		}
		else if (event instanceof AuthenticationFailureDisabledEvent) {
			log.warn("Sign-in refused for disabled account '{}'", printable(typed));
			this.audit.record(typed, AuditAction.LOGIN_REFUSED_DISABLED, null, null);
		}
		else if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			log.warn("Failed sign-in for '{}'", printable(typed));
			this.audit.record(typed, AuditAction.LOGIN_FAILED, null, null);
			if (countFailure(typed)) {
				log.warn("Account '{}' locked for {} after {} failed sign-ins", printable(typed), this.lockout,
						this.maxFailures);
				this.audit.record(typed, AuditAction.ACCOUNT_LOCKED, typed, "for " + this.lockout);
				this.meters.counter("accord.signin.lockouts").increment();
			}
		}
	}

	/**
	 * Counts a failed sign-in in one statement, so that failures at the same moment each
	 * count (the row lock orders them; a read-then-write through the entity lost some and
	 * failed others on its version). Returns true when this failure locks the account.
	 */
	private boolean countFailure(String username) {
		Timestamp until = Timestamp.from(this.clock.instant().plus(this.lockout));
		return this.jdbc.sql("""
				update account set
				    failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
				    locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
				where username = :username
				returning failed_attempts = 0 and locked_until = :until""")
			.param("max", this.maxFailures)
			.param("until", until)
			.param("username", username)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Why a sign-in failed, as the metric's tag: a handful of values, never the name
	 * typed.
	 */
	private static String failureReason(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureLockedEvent) {
			return "locked";
		}
		if (event instanceof AuthenticationFailureDisabledEvent) {
			return "disabled";
		}
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			return "bad-credentials";
		}
		return "other";
	}

	private static String typedName(AbstractAuthenticationFailureEvent event) {
		return normalize(event.getAuthentication().getName());
	}

	/**
	 * A typed name as it may go into a log line: control characters (a line break could
	 * forge a line of its own) and line separators written as {@code \\uXXXX}.
	 */
	static String printable(String typed) {
		StringBuilder printable = new StringBuilder(typed.length());
		typed.codePoints().forEach((c) -> {
			if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				printable.append(String.format("\\u%04x", c));
			}
			else {
				printable.appendCodePoint(c);
			}
		});
		return printable.toString();
	}

	static String normalize(String username) {
		return (username == null) ? "" : SearchText.clean(username).toLowerCase(Locale.ROOT);
	}

}
