package org.accord.account;

import java.time.Clock;

import org.accord.audit.AuditAction;
import org.accord.audit.AuditLog;
import org.accord.model.SearchText;
import org.accord.record.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management. Every change is written to the audit log with the admin who made
 * it.
 */
@Service
@Transactional
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<Account> list(String text, Pageable pageable) {
		String pattern = SearchText.isEmpty(text) ? null : SearchText.containsPattern(text);
		return this.accounts.search(pattern, pageable);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Account get(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("account", id));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public boolean usernameTaken(String username) {
		return this.accounts.existsByUsername(username);
	}

	/**
	 * Creates an account with a temporary password that its owner must change at first
	 * sign-in.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public Account create(AccountForms.NewAccount form, String admin) {
		Account account = this.accounts.save(new Account(form.username(), form.displayName().strip(),
				this.passwordEncoder.encode(form.password()), form.role(), true, this.clock.instant()));
		this.audit.record(admin, AuditAction.ACCOUNT_CREATED, account.getUsername(), "role " + form.role());
		return account;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void changeRole(Long id, AccountForms.RoleChange form, String admin) {
		Account account = get(id);
		if (account.getVersion() != form.version()) {
			throw new ObjectOptimisticLockingFailureException(Account.class, id);
		}
		Role previous = account.getRole();
		if (previous == form.role()) {
			return;
		}
		if (previous == Role.ADMIN) {
			requireAnotherAdmin(account);
		}
		account.changeRole(form.role());
		this.audit.record(admin, AuditAction.ROLE_CHANGED, account.getUsername(), previous + " → " + form.role());
		this.events.publishEvent(new AccountChanged(account.getUsername()));
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void disable(Long id, String admin) {
		Account account = get(id);
		if (account.getRole() == Role.ADMIN) {
			requireAnotherAdmin(account);
		}
		account.disable();
		this.audit.record(admin, AuditAction.ACCOUNT_DISABLED, account.getUsername(), null);
		this.events.publishEvent(new AccountChanged(account.getUsername()));
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void enable(Long id, String admin) {
		Account account = get(id);
		account.enable();
		this.audit.record(admin, AuditAction.ACCOUNT_ENABLED, account.getUsername(), null);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void resetPassword(Long id, AccountForms.PasswordReset form, String admin) {
		Account account = get(id);
		account.resetPassword(this.passwordEncoder.encode(form.password()));
		this.audit.record(admin, AuditAction.PASSWORD_RESET, account.getUsername(), null);
		this.events.publishEvent(new AccountChanged(account.getUsername()));
	}

	/** The signed-in user's own change; false when the current password is wrong. */
	@PreAuthorize("isAuthenticated() and #username == authentication.name")
	public boolean changeOwnPassword(String username, String currentPassword, String newPassword) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new RecordNotFoundException("account", username));
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.audit.record(username, AuditAction.PASSWORD_CHANGED, null, null);
		return true;
	}

	/**
	 * The portal must keep at least one enabled admin, or nobody could manage accounts.
	 */
	private void requireAnotherAdmin(Account account) {
		if (account.isEnabled() && this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new LastAdminException();
		}
	}

	/** Thrown when a change would leave no enabled admin. */
	public static class LastAdminException extends RuntimeException {

		LastAdminException() {
			super("the last enabled admin cannot be demoted or disabled");
		}

	}

}
