package org.accord.pages;

import org.accord.agreement.AgreementService;
import org.accord.delegation.DelegationService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A delegation's page: the visit, the agreements signed during it (its outcomes),
 * history.
 */
@Controller
class DelegationPageController {

	private final DelegationService delegations;

	private final AgreementService agreements;

	DelegationPageController(DelegationService delegations, AgreementService agreements) {
		this.delegations = delegations;
		this.agreements = agreements;
	}

	@GetMapping("/delegations/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("delegation", this.delegations.details(id));
		model.addAttribute("outcomes", this.agreements.signedDuring(id));
		model.addAttribute("history", this.delegations.history(id));
		return "delegations/detail";
	}

}
