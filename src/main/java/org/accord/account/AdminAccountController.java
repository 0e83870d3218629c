package org.accord.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.accord.web.Flash;
import org.accord.web.ListParams;
import org.accord.web.ListView;
import org.accord.web.SortColumns;

import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: list, create, change role, disable and enable, reset password. */
@Controller
class AdminAccountController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.ASC, "username", "username", "name",
			"displayName", "role", "role", "created", "createdAt");

	private final AccountService accounts;

	AdminAccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String q, ListParams params, HttpServletRequest request, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("list", ListView.of(this.accounts.list(q, params.toPageable(SORT)), params, SORT, request));
		return "admin/users/list";
	}

	@GetMapping("/admin/users/new")
	String newAccount(Model model) {
		model.addAttribute("form", AccountForms.NewAccount.empty());
		model.addAttribute("roles", Role.values());
		return "admin/users/new";
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") AccountForms.NewAccount form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal admin, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && this.accounts.usernameTaken(form.username())) {
			result.rejectValue("username", "account.username.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("roles", Role.values());
			return "admin/users/new";
		}
		Account account = this.accounts.create(form, admin.getUsername());
		Flash.success(redirect, "account.flash.created");
		return "redirect:/admin/users/" + account.getId();
	}

	@GetMapping("/admin/users/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("account", this.accounts.get(id));
		model.addAttribute("roles", Role.values());
		return "admin/users/detail";
	}

	@PostMapping("/admin/users/{id}/role")
	String changeRole(@PathVariable Long id, @Valid AccountForms.RoleChange form,
			@AuthenticationPrincipal AccountPrincipal admin, RedirectAttributes redirect) {
		try {
			this.accounts.changeRole(id, form, admin.getUsername());
			Flash.success(redirect, "account.flash.roleChanged");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			Flash.error(redirect, "account.flash.changedMeanwhile");
		}
		catch (AccountService.LastAdminException ex) {
			Flash.error(redirect, "account.flash.lastAdmin");
		}
		return "redirect:/admin/users/" + id;
	}

	/**
	 * Disabling asks for confirmation on a page of its own (works without JavaScript).
	 */
	@GetMapping("/admin/users/{id}/disable")
	String confirmDisable(@PathVariable Long id, Model model) {
		model.addAttribute("account", this.accounts.get(id));
		return "admin/users/disable";
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal admin,
			RedirectAttributes redirect) {
		try {
			this.accounts.disable(id, admin.getUsername());
			Flash.success(redirect, "account.flash.disabled");
		}
		catch (AccountService.LastAdminException ex) {
			Flash.error(redirect, "account.flash.lastAdmin");
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal admin, RedirectAttributes redirect) {
		this.accounts.enable(id, admin.getUsername());
		Flash.success(redirect, "account.flash.enabled");
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/admin/users/{id}/password")
	String passwordForm(@PathVariable Long id, Model model) {
		model.addAttribute("account", this.accounts.get(id));
		model.addAttribute("form", new AccountForms.PasswordReset(""));
		return "admin/users/password";
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForms.PasswordReset form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal admin, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("account", this.accounts.get(id));
			return "admin/users/password";
		}
		this.accounts.resetPassword(id, form, admin.getUsername());
		Flash.success(redirect, "account.flash.passwordReset");
		return "redirect:/admin/users/" + id;
	}

}
