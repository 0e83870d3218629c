package org.accord.security;

import org.accord.account.AccountPrincipal;
import org.accord.account.Role;

/**
 * The signed-in user as the layout shows it: name, and which parts of the navigation to
 * offer.
 */
public record CurrentUser(String username, String displayName, Role role) {

	static CurrentUser of(AccountPrincipal principal) {
		return new CurrentUser(principal.getUsername(), principal.getDisplayName(), principal.getRole());
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	public boolean isEditor() {
		return this.role == Role.EDITOR || isAdmin();
	}

	public boolean isLeader() {
		return this.role == Role.LEADER || isAdmin();
	}

}
