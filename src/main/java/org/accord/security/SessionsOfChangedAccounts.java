package org.accord.security;

import org.accord.account.AccountChanged;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions of an account that an admin changed, once the change is committed: a
 * demoted admin is not an admin until the session times out, a disabled user is out at
 * the next request (sent to the login page, which says why).
 */
@Component
class SessionsOfChangedAccounts {

	private final SessionRegistry sessions;

	SessionsOfChangedAccounts(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void accountChanged(AccountChanged event) {
		if (this.sessions instanceof SpringSessionBackedSessionRegistry<?> shared) {
			// Sessions in PostgreSQL: found by the user's name, ended on every node.
			shared.getAllSessions(event.username(), false).forEach(SessionInformation::expireNow);
			return;
		}
		for (Object principal : this.sessions.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equals(event.username())) {
				this.sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
