package org.accord.pages;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.contact.ContactService;
import org.accord.delegation.Delegation;
import org.accord.delegation.DelegationService;
import org.accord.institution.InstitutionService;
import org.accord.office.Office;
import org.accord.office.OfficeService;
import org.accord.record.FirstRows;
import org.accord.statistics.ExchangeStatistic;
import org.accord.statistics.StatisticService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A partner's page: the institution, its relationship on a timeline, the first rows of
 * its agreements, offices, delegations and figures, its contacts and its history.
 */
@Controller
class PartnerPageController {

	private final InstitutionService institutions;

	private final AgreementService agreements;

	private final OfficeService offices;

	private final DelegationService delegations;

	private final StatisticService statistics;

	private final ContactService contacts;

	PartnerPageController(InstitutionService institutions, AgreementService agreements, OfficeService offices,
			DelegationService delegations, StatisticService statistics, ContactService contacts) {
		this.institutions = institutions;
		this.agreements = agreements;
		this.offices = offices;
		this.delegations = delegations;
		this.statistics = statistics;
		this.contacts = contacts;
	}

	@GetMapping("/institutions/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("institution", this.institutions.details(id));
		model.addAttribute("partnerships", this.institutions.partnerships(id));
		FirstRows<Agreement> agreements = this.agreements.ofParty(id);
		FirstRows<Office> offices = this.offices.involving(id);
		FirstRows<Delegation> delegations = this.delegations.involving(id);
		FirstRows<ExchangeStatistic> statistics = this.statistics.involving(id);
		model.addAttribute("agreements", agreements);
		model.addAttribute("offices", offices);
		model.addAttribute("delegations", delegations);
		model.addAttribute("statistics", statistics);
		model.addAttribute("timeline",
				Timeline.of(agreements.rows(), offices.rows(), delegations.rows(), statistics.rows()));
		model.addAttribute("people", this.contacts.atInstitution(id));
		model.addAttribute("history", this.institutions.history(id));
		return "institutions/detail";
	}

}
