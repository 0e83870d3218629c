package org.accord.home;

import org.accord.agreement.AgreementService;
import org.accord.delegation.DelegationService;
import org.accord.institution.InstitutionService;
import org.accord.office.OfficeService;
import org.accord.statistics.StatisticService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview: how much is recorded, and what happened last. */
@Controller
class HomeController {

	private static final int LATEST = 5;

	private final InstitutionService institutions;

	private final AgreementService agreements;

	private final OfficeService offices;

	private final DelegationService delegations;

	private final StatisticService statistics;

	HomeController(InstitutionService institutions, AgreementService agreements, OfficeService offices,
			DelegationService delegations, StatisticService statistics) {
		this.institutions = institutions;
		this.agreements = agreements;
		this.offices = offices;
		this.delegations = delegations;
		this.statistics = statistics;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("institutionCount", this.institutions.count());
		model.addAttribute("countryCount", this.institutions.countCountries());
		model.addAttribute("agreementCount", this.agreements.count());
		model.addAttribute("officeCount", this.offices.count());
		model.addAttribute("delegationCount", this.delegations.count());
		model.addAttribute("statisticCount", this.statistics.count());
		model.addAttribute("latestAgreements", this.agreements.latest(LATEST));
		model.addAttribute("latestDelegations", this.delegations.latest(LATEST));
		return "home";
	}

}
