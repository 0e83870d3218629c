package org.accord.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accord.account.LoginAttempts;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the login page with the reason a person can act on:
 * wrong name or password, locked (including by this very failure), or disabled. The typed
 * name is kept.
 */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	private final LoginAttempts loginAttempts;

	LoginFailureHandler(LoginAttempts loginAttempts) {
		this.loginAttempts = loginAttempts;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		String reason;
		if (exception instanceof LockedException || this.loginAttempts.isLocked(username)) {
			reason = "locked";
		}
		else if (exception instanceof DisabledException) {
			reason = "disabled";
		}
		else {
			reason = "bad";
		}
		request.getSession().setAttribute(LoginController.LAST_USERNAME, username);
		getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
	}

}
