package org.accord.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account, as Spring Security keeps it in the session. */
public final class AccountPrincipal implements UserDetails, Serializable {

	private final Long id;

	private final String username;

	private final String displayName;

	private final String passwordHash;

	private final Role role;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	AccountPrincipal(Account account, Instant now) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.passwordHash = account.getPasswordHash();
		this.role = account.getRole();
		this.enabled = account.isEnabled();
		this.locked = account.isLockedAt(now);
		this.mustChangePassword = account.isMustChangePassword();
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

}
