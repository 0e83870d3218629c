package org.accord.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Every user changes their own password here; after an admin's reset they must. */
@Controller
class PasswordController {

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String form(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		model.addAttribute("form", AccountForms.PasswordChange.empty());
		model.addAttribute("required", principal.isMustChangePassword());
		return "account/password";
	}

	/**
	 * After a change the user signs in again with the new password, which proves it
	 * works.
	 */
	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid @ModelAttribute("form") AccountForms.PasswordChange form, BindingResult result,
			HttpServletRequest request, Model model) throws ServletException {
		if (!result.hasFieldErrors("newPassword") && !form.isConfirmed()) {
			result.rejectValue("confirmation", "account.password.confirmationDiffers");
		}
		if (!result.hasErrors() && !this.accounts.changeOwnPassword(principal.getUsername(), form.currentPassword(),
				form.newPassword())) {
			result.rejectValue("currentPassword", "account.password.currentWrong");
		}
		if (result.hasErrors()) {
			model.addAttribute("required", principal.isMustChangePassword());
			return "account/password";
		}
		request.logout();
		return "redirect:/login?passwordChanged";
	}

}
