package org.accord.pages;

import org.accord.agreement.AgreementService;
import org.accord.contact.ContactService;
import org.accord.delegation.DelegationService;
import org.accord.institution.InstitutionService;
import org.accord.office.OfficeService;
import org.accord.record.FirstRows;
import org.accord.source.SourceService;
import org.accord.statistics.StatisticService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A source's page: the article or file, and the first records of each kind taken from it.
 */
@Controller
class SourcePageController {

	private final SourceService sources;

	private final InstitutionService institutions;

	private final AgreementService agreements;

	private final OfficeService offices;

	private final DelegationService delegations;

	private final StatisticService statistics;

	private final ContactService contacts;

	SourcePageController(SourceService sources, InstitutionService institutions, AgreementService agreements,
			OfficeService offices, DelegationService delegations, StatisticService statistics,
			ContactService contacts) {
		this.sources = sources;
		this.institutions = institutions;
		this.agreements = agreements;
		this.offices = offices;
		this.delegations = delegations;
		this.statistics = statistics;
		this.contacts = contacts;
	}

	@GetMapping("/sources/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("source", this.sources.details(id));
		model.addAttribute("shownPerKind", FirstRows.FROM_SOURCE);
		model.addAttribute("institutions", this.institutions.fromSource(id));
		model.addAttribute("agreements", this.agreements.fromSource(id));
		model.addAttribute("offices", this.offices.fromSource(id));
		model.addAttribute("delegations", this.delegations.fromSource(id));
		model.addAttribute("statistics", this.statistics.fromSource(id));
		model.addAttribute("people", this.contacts.fromSource(id));
		return "sources/detail";
	}

}
