package org.accord.account;

/**
 * What an account may do. Every role can browse and search; an editor also changes
 * records, a leader also reads the dashboard, an admin does everything and manages
 * accounts (the hierarchy is declared in {@code SecurityConfiguration}).
 */
public enum Role {

	VIEWER, EDITOR, LEADER, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public String getMessageKey() {
		return "account.role." + name();
	}

}
