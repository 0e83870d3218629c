package org.accord.dashboard;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The leadership dashboard: {@code /dashboard?home=&country=&from=&to=}. */
@Controller
class DashboardController {

	private final DashboardViews views;

	DashboardController(DashboardViews views) {
		this.views = views;
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute DashboardFilter filter, Locale locale, Model model) {
		model.addAttribute("dashboard", this.views.view(filter, locale));
		return "dashboard/dashboard";
	}

}
