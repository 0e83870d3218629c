package org.accord.pages;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementDocumentService;
import org.accord.agreement.AgreementService;
import org.accord.condition.ConditionService;
import org.accord.contact.ContactRole;
import org.accord.contact.ContactService;
import org.accord.institution.Institution;
import org.accord.office.OfficeService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An agreement's page: parties and signatories, the offices it set up, its cooperation
 * conditions, contacts, documents, successors and history.
 */
@Controller
class AgreementPageController {

	private final AgreementService agreements;

	private final OfficeService offices;

	private final ConditionService conditions;

	private final ContactService contacts;

	private final AgreementDocumentService documents;

	AgreementPageController(AgreementService agreements, OfficeService offices, ConditionService conditions,
			ContactService contacts, AgreementDocumentService documents) {
		this.agreements = agreements;
		this.offices = offices;
		this.conditions = conditions;
		this.contacts = contacts;
		this.documents = documents;
	}

	@GetMapping("/agreements/{id}")
	String details(@PathVariable Long id, Model model) {
		Agreement agreement = this.agreements.details(id);
		model.addAttribute("agreement", agreement);
		model.addAttribute("offices", this.offices.setUpBy(id));
		model.addAttribute("conditions", this.conditions.of(id));
		model.addAttribute("contacts", this.contacts.ofAgreement(id));
		model.addAttribute("contactOptions",
				this.contacts.atParties(agreement.getParties().stream().map(Institution::getId).toList()));
		model.addAttribute("contactRoles", ContactRole.values());
		model.addAttribute("history", this.agreements.history(id));
		model.addAttribute("documents", this.documents.of(id));
		model.addAttribute("successors", this.agreements.successors(id));
		return "agreements/detail";
	}

}
