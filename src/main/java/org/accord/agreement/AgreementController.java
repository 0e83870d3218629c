package org.accord.agreement;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.institution.InstitutionService;
import org.accord.office.OfficeService;
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
class AgreementController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.DESC, "signed", "signed.date", "reference",
			"reference", "title", "title", "kind", "kind", "status", "status");

	private final AgreementService agreements;

	private final OfficeService offices;

	private final InstitutionService institutions;

	private final Countries countries;

	AgreementController(AgreementService agreements, OfficeService offices, InstitutionService institutions,
			Countries countries) {
		this.agreements = agreements;
		this.offices = offices;
		this.institutions = institutions;
		this.countries = countries;
	}

	@GetMapping("/agreements")
	String list(@ModelAttribute("filter") AgreementFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		model.addAttribute("list",
				ListView.of(this.agreements.list(filter, params.toPageable(SORT)), params, SORT, request));
		model.addAttribute("countryOptions", this.countries.options(this.institutions.countryCodes()));
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		return "agreements/list";
	}

	@GetMapping("/agreements/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("agreement", this.agreements.details(id));
		model.addAttribute("offices", this.offices.setUpBy(id));
		return "agreements/detail";
	}

}
