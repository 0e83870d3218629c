package org.accord.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.accord.audit.AuditAction;
import org.accord.audit.AuditLog;
import org.accord.model.SearchText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

	private final AuditLog audit;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockout;

	LoginAttempts(AccountRepository accounts, AuditLog audit, Clock clock,
			@Value("${accord.security.max-failed-logins:5}") int maxFailures,
			@Value("${accord.security.lockout-duration:PT15M}") Duration lockout) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	public Duration lockout() {
		return this.lockout;
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		this.accounts.findByUsername(username).ifPresent(Account::recordSuccess);
		this.audit.record(username, AuditAction.LOGIN_SUCCEEDED, null, null);
	}

	@EventListener
	public void loggedOut(LogoutSuccessEvent event) {
		this.audit.record(event.getAuthentication().getName(), AuditAction.LOGOUT, null, null);
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		String typed = typedName(event);
		if (event instanceof AuthenticationFailureLockedEvent) {
			log.warn("Sign-in refused for locked account '{}'", typed);
			this.audit.record(typed, AuditAction.LOGIN_REFUSED_LOCKED, null, null);
		}
		else if (event instanceof AuthenticationFailureDisabledEvent) {
			log.warn("Sign-in refused for disabled account '{}'", typed);
			this.audit.record(typed, AuditAction.LOGIN_REFUSED_DISABLED, null, null);
		}
		else if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			log.warn("Failed sign-in for '{}'", typed);
			this.audit.record(typed, AuditAction.LOGIN_FAILED, null, null);
			this.accounts.findByUsername(typed).ifPresent((account) -> {
				if (account.recordFailure(this.maxFailures, this.clock.instant(), this.lockout)) {
					log.warn("Account '{}' locked for {} after {} failed sign-ins", typed, this.lockout,
							this.maxFailures);
					this.audit.record(typed, AuditAction.ACCOUNT_LOCKED, typed, "for " + this.lockout);
				}
			});
		}
	}

	/**
	 * Whether the account with this name is locked now (for the login page's message).
	 */
	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		return this.accounts.findByUsername(normalize(username))
			.map((account) -> account.isLockedAt(this.clock.instant()))
			.orElse(false);
	}

	private static String typedName(AbstractAuthenticationFailureEvent event) {
		return normalize(event.getAuthentication().getName());
	}

	static String normalize(String username) {
		return (username == null) ? "" : SearchText.clean(username).toLowerCase(Locale.ROOT);
	}

}
