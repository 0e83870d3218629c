package org.accord.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The last rule: a signed-in user may reach a path that no controller handles (to get the
 * 404 page for a mistyped address), but never a controller route that has no rule of its
 * own. A route added without a rule is therefore closed.
 */
@Component
class UnmappedPaths implements AuthorizationManager<RequestAuthorizationContext> {

	private final ObjectProvider<RequestMappingHandlerMapping> controllers;

	UnmappedPaths(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> controllers) {
		this.controllers = controllers;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication user = authentication.get();
		boolean signedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
		return new AuthorizationDecision(signedIn && !handledByController(context.getRequest()));
	}

	private boolean handledByController(HttpServletRequest request) {
		try {
			return this.controllers.getObject().getHandler(request) != null;
		}
		catch (Exception ex) {
			// A path that matches a route with another method or media type still belongs
			// to it.
			return true;
		}
	}

}
