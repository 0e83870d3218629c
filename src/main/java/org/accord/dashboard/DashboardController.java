package org.accord.dashboard;

import java.util.Locale;

import org.accord.institution.InstitutionService;
import org.accord.web.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.databind.json.JsonMapper;

/** The leadership dashboard: {@code /dashboard?home=&country=&from=&to=}. */
@Controller
class DashboardController {

	private final DashboardService dashboards;

	private final InstitutionService institutions;

	private final Countries countries;

	private final MessageSource messages;

	private final JsonMapper json;

	private final WorldMap map;

	DashboardController(DashboardService dashboards, InstitutionService institutions, Countries countries,
			MessageSource messages, JsonMapper json, WorldMap map) {
		this.dashboards = dashboards;
		this.institutions = institutions;
		this.countries = countries;
		this.messages = messages;
		this.json = json;
		this.map = map;
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute DashboardFilter filter, Locale locale, Model model) {
		Dashboard dashboard = this.dashboards.dashboard(filter);
		model.addAttribute("dashboard",
				new DashboardView(dashboard, this.institutions.homes(),
						this.countries.options(this.institutions.countryCodes()), this.countries, this.messages, locale,
						this.json, this.map));
		return "dashboard/dashboard";
	}

}
