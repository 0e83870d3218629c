package org.accord.statistics;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.institution.InstitutionService;
import org.accord.web.Countries;
import org.accord.web.ListParams;
import org.accord.web.ListView;
import org.accord.web.SortColumns;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class StatisticController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.ASC, "institution", "institution.nameEn",
			"measure", "measure", "value", "value", "country", "partnerCountryCode", "period", "yearFrom");

	private final StatisticService statistics;

	private final InstitutionService institutions;

	private final Countries countries;

	StatisticController(StatisticService statistics, InstitutionService institutions, Countries countries) {
		this.statistics = statistics;
		this.institutions = institutions;
		this.countries = countries;
	}

	@GetMapping("/statistics")
	String list(@ModelAttribute("filter") StatisticFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		model.addAttribute("list",
				ListView.of(this.statistics.list(filter, params.toPageable(SORT)), params, SORT, request));
		model.addAttribute("countryOptions", this.countries.options(this.institutions.countryCodes()));
		model.addAttribute("measures", Measure.values());
		return "statistics/list";
	}

	@GetMapping("/statistics/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("statistic", this.statistics.details(id));
		return "statistics/detail";
	}

}
