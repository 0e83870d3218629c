package org.accord.contact;

import java.util.List;

import jakarta.validation.Valid;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.institution.Institution;
import org.accord.institution.InstitutionService;
import org.accord.record.SaveOutcome;
import org.accord.web.ArchivePage;
import org.accord.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contact pages and forms, and who signs or coordinates an agreement. */
@Controller
class ContactController {

	private final ContactService contacts;

	private final InstitutionService institutions;

	private final AgreementService agreements;

	ContactController(ContactService contacts, InstitutionService institutions, AgreementService agreements) {
		this.contacts = contacts;
		this.institutions = institutions;
		this.agreements = agreements;
	}

	@GetMapping("/contacts/{id}")
	String details(@PathVariable Long id, Model model) {
		model.addAttribute("contact", this.contacts.details(id));
		model.addAttribute("agreements", this.contacts.agreementsOf(id));
		model.addAttribute("history", this.contacts.history(id));
		return "contacts/detail";
	}

	@GetMapping("/contacts/new")
	String newForm(@RequestParam(required = false) Long institution, Model model) {
		ContactForm form = new ContactForm();
		if (institution != null) {
			form.setInstitution(this.institutions.details(institution).getNameEn());
		}
		model.addAttribute("form", form);
		return formView(model, null);
	}

	@PostMapping("/contacts")
	String create(@Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Institution institution = this.institutions.resolveField(form.getInstitution(), "institution", result);
		if (result.hasErrors()) {
			return formView(model, null);
		}
		SaveOutcome.Saved saved = (SaveOutcome.Saved) this.contacts.create(form, institution);
		return Flash.successAndOpen(redirect, "contact.flash.saved", "/contacts/" + saved.id());
	}

	@GetMapping("/contacts/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Person contact = this.contacts.details(id);
		model.addAttribute("form", ContactForm.from(contact));
		return formView(model, contact);
	}

	@PostMapping("/contacts/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Person contact = this.contacts.details(id);
		Institution institution = this.institutions.resolveField(form.getInstitution(), "institution", result);
		if (result.hasErrors()) {
			return formView(model, contact);
		}
		SaveOutcome outcome = SaveOutcome.raceSafe(() -> this.contacts.update(id, form, institution));
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			model.addAttribute("conflict", conflict.conflict());
			form.setVersion(conflict.currentVersion());
			return formView(model, contact);
		}
		return Flash.successAndOpen(redirect, "contact.flash.saved", "/contacts/" + id);
	}

	@GetMapping("/contacts/{id}/archive")
	String confirmArchive(@PathVariable Long id, Model model) {
		return ArchivePage.show(model, "institutions", this.contacts.details(id).getName(), "/contacts/" + id);
	}

	@PostMapping("/contacts/{id}/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		this.contacts.archive(id);
		return Flash.successAndOpen(redirect, "record.flash.archived", "/contacts/" + id);
	}

	@PostMapping("/contacts/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.contacts.restore(id);
		return Flash.successAndOpen(redirect, "record.flash.restored", "/contacts/" + id);
	}

	@PostMapping("/agreements/{id}/contacts")
	String link(@PathVariable Long id, @RequestParam Long person, @RequestParam ContactRole role,
			RedirectAttributes redirect) {
		Agreement agreement = this.agreements.details(id);
		List<Long> parties = agreement.getParties().stream().map(Institution::getId).toList();
		this.contacts.link(id, parties, person, role);
		return Flash.successAndOpen(redirect, "contact.flash.linked", "/agreements/" + id + "#contacts");
	}

	@PostMapping("/agreements/{id}/contacts/remove")
	String unlink(@PathVariable Long id, @RequestParam Long person, @RequestParam ContactRole role,
			RedirectAttributes redirect) {
		this.agreements.details(id);
		this.contacts.unlink(id, person, role);
		return Flash.successAndOpen(redirect, "contact.flash.unlinked", "/agreements/" + id + "#contacts");
	}

	private String formView(Model model, Person contact) {
		model.addAttribute("contact", contact);
		return "contacts/form";
	}

}
