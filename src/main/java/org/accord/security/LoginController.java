package org.accord.security;

import jakarta.servlet.http.HttpSession;
import org.accord.account.DemoMode;
import org.accord.account.LoginAttempts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	static final String LAST_USERNAME = "accord.lastUsername";

	private final DemoMode demoMode;

	private final LoginAttempts loginAttempts;

	LoginController(DemoMode demoMode, LoginAttempts loginAttempts) {
		this.demoMode = demoMode;
		this.loginAttempts = loginAttempts;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
		model.addAttribute("errorKey",
				(error == null) ? null : "throttled".equals(error) ? "login.error.throttled" : "login.error.failed");
		model.addAttribute("lockoutMinutes", this.loginAttempts.lockout().toMinutes());
		model.addAttribute("username", session.getAttribute(LAST_USERNAME));
		model.addAttribute("demoMode", this.demoMode.isOn());
		return "login";
	}

}
