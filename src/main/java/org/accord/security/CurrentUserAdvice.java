package org.accord.security;

import org.accord.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model, for the navigation bar. */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	CurrentUser currentUser(@AuthenticationPrincipal AccountPrincipal principal) {
		return (principal != null) ? CurrentUser.of(principal) : null;
	}

}
