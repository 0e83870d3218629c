package org.accord.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the login page with one message for a wrong name or
 * password, a locked and a disabled account alike, so that the page does not tell who has
 * an account here (the audit log and the application log keep the reason). The typed name
 * is kept.
 */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		request.getSession().setAttribute(LoginController.LAST_USERNAME, request.getParameter("username"));
		getRedirectStrategy().sendRedirect(request, response, "/login?error=failed");
	}

}
