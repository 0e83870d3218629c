package org.accord.office;

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
class OfficeController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.ASC, "name", "name", "owner", "owner.nameEn",
			"country", "countryCode", "city", "city", "opened", "opened.date");

	private final OfficeService offices;

	private final InstitutionService institutions;

	private final Countries countries;

	OfficeController(OfficeService offices, InstitutionService institutions, Countries countries) {
		this.offices = offices;
		this.institutions = institutions;
		this.countries = countries;
	}

	@GetMapping("/offices")
	String list(@ModelAttribute("filter") OfficeFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		model.addAttribute("list",
				ListView.of(this.offices.list(filter, params.toPageable(SORT)), params, SORT, request));
		model.addAttribute("countryOptions", this.countries.options(this.institutions.countryCodes()));
		return "offices/list";
	}

	@GetMapping("/offices/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("office", this.offices.details(id));
		return "offices/detail";
	}

}
