package org.accord.delegation;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.agreement.AgreementService;
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
class DelegationController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.DESC, "date", "startsOn", "title", "title",
			"direction", "direction", "format", "format", "home", "homeInstitution.nameEn");

	private final DelegationService delegations;

	private final AgreementService agreements;

	private final InstitutionService institutions;

	private final Countries countries;

	DelegationController(DelegationService delegations, AgreementService agreements, InstitutionService institutions,
			Countries countries) {
		this.delegations = delegations;
		this.agreements = agreements;
		this.institutions = institutions;
		this.countries = countries;
	}

	@GetMapping("/delegations")
	String list(@ModelAttribute("filter") DelegationFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		model.addAttribute("list",
				ListView.of(this.delegations.list(filter, params.toPageable(SORT)), params, SORT, request));
		model.addAttribute("countryOptions", this.countries.options(this.institutions.countryCodes()));
		model.addAttribute("directions", Direction.values());
		model.addAttribute("formats", Format.values());
		return "delegations/list";
	}

	@GetMapping("/delegations/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("delegation", this.delegations.details(id));
		model.addAttribute("outcomes", this.agreements.signedDuring(id));
		return "delegations/detail";
	}

}
