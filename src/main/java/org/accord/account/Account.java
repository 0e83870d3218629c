package org.accord.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Someone who may sign in to the portal. */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private boolean mustChangePassword;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String displayName, String passwordHash, Role role, boolean mustChangePassword,
			Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public int getFailedAttempts() {
		return this.failedAttempts;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	/**
	 * Locked now, by the system clock (for pages; sign-in checks use the injected clock).
	 */
	public boolean isLocked() {
		return isLockedAt(Instant.now());
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	void changeRole(Role role) {
		this.role = role;
	}

	void disable() {
		this.enabled = false;
	}

	/**
	 * Enabling also lifts a lock, so an admin can let a locked-out colleague in at once.
	 */
	void enable() {
		this.enabled = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	/** A password an admin set: the user has to choose their own at the next sign-in. */
	void resetPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
	}

}
