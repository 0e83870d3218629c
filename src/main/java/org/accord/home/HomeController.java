package org.accord.home;

import org.accord.agreement.AgreementService;
import org.accord.delegation.DelegationService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview: how much is recorded, and what happened last. */
@Controller
class HomeController {

	private static final int LATEST = 5;

	private final AgreementService agreements;

	private final DelegationService delegations;

	private final Overview overview;

	HomeController(AgreementService agreements, DelegationService delegations, Overview overview) {
		this.agreements = agreements;
		this.delegations = delegations;
		this.overview = overview;
	}

	@GetMapping("/")
	String home(Model model) {
		Overview.Counts counts = this.overview.counts();
		model.addAttribute("institutionCount", counts.institutions());
		model.addAttribute("countryCount", counts.countries());
		model.addAttribute("agreementCount", counts.agreements());
		model.addAttribute("officeCount", counts.offices());
		model.addAttribute("delegationCount", counts.delegations());
		model.addAttribute("statisticCount", counts.statistics());
		model.addAttribute("countedAt", counts.countedAt());
		model.addAttribute("latestAgreements", this.agreements.latest(LATEST));
		model.addAttribute("latestDelegations", this.delegations.latest(LATEST));
		return "home";
	}

}
