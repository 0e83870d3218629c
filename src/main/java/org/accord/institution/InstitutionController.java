package org.accord.institution;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.agreement.AgreementService;
import org.accord.delegation.DelegationService;
import org.accord.office.OfficeService;
import org.accord.person.PersonRepository;
import org.accord.statistics.StatisticService;
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
class InstitutionController {

	private static final SortColumns SORT = SortColumns.of(Sort.Direction.ASC, "name", "nameEn", "acronym", "acronym",
			"kind", "kind", "country", "countryCode", "city", "city");

	private final InstitutionService institutions;

	private final AgreementService agreements;

	private final OfficeService offices;

	private final DelegationService delegations;

	private final StatisticService statistics;

	private final PersonRepository people;

	private final Countries countries;

	InstitutionController(InstitutionService institutions, AgreementService agreements, OfficeService offices,
			DelegationService delegations, StatisticService statistics, PersonRepository people, Countries countries) {
		this.institutions = institutions;
		this.agreements = agreements;
		this.offices = offices;
		this.delegations = delegations;
		this.statistics = statistics;
		this.people = people;
		this.countries = countries;
	}

	@GetMapping("/institutions")
	String list(@ModelAttribute("filter") InstitutionFilter filter, ListParams params, HttpServletRequest request,
			Model model) {
		model.addAttribute("list",
				ListView.of(this.institutions.list(filter, params.toPageable(SORT)), params, SORT, request));
		model.addAttribute("countryOptions", this.countries.options(this.institutions.countryCodes()));
		model.addAttribute("kinds", InstitutionKind.values());
		return "institutions/list";
	}

	@GetMapping("/institutions/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("institution", this.institutions.details(id));
		model.addAttribute("partnerships", this.institutions.partnerships(id));
		model.addAttribute("agreements", this.agreements.ofParty(id));
		model.addAttribute("offices", this.offices.involving(id));
		model.addAttribute("delegations", this.delegations.involving(id));
		model.addAttribute("statistics", this.statistics.involving(id));
		model.addAttribute("people", this.people.findByInstitutionIdOrderByName(id));
		return "institutions/detail";
	}

}
