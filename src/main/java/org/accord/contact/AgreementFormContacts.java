package org.accord.contact;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.accord.agreement.AgreementContacts;
import org.accord.institution.Institution;
import org.accord.institution.InstitutionService;
import org.accord.record.SaveOutcome;

import org.springframework.stereotype.Component;

/**
 * The contacts of the new-agreement form (see {@link AgreementContacts}): the people at
 * the parties, and the link (with a new person first, when the form names one), through
 * {@link ContactService}'s own rules and history.
 */
@Component
class AgreementFormContacts implements AgreementContacts {

	private final ContactService contacts;

	private final InstitutionService institutions;

	AgreementFormContacts(ContactService contacts, InstitutionService institutions) {
		this.contacts = contacts;
		this.institutions = institutions;
	}

	@Override
	public List<Option> atParties(Collection<Long> partyIds) {
		return this.contacts.atParties(partyIds)
			.stream()
			.map((person) -> new Option(person.getId().toString(),
					person.getName() + " · " + person.getInstitution().getNameEn()))
			.toList();
	}

	@Override
	public List<Option> roles() {
		return Arrays.stream(ContactRole.values())
			.map((role) -> new Option(role.name(), role.getMessageKey()))
			.toList();
	}

	@Override
	public void attach(Long agreementId, Collection<Long> partyIds, Choice choice) {
		Long personId = choice.personId();
		if (personId == null) {
			Institution institution = this.institutions.details(choice.institutionId());
			ContactForm form = new ContactForm();
			form.setName(choice.name());
			form.setEmail(choice.email());
			form.setInstitution(institution.getNameEn());
			personId = ((SaveOutcome.Saved) this.contacts.create(form, institution)).id();
		}
		this.contacts.link(agreementId, partyIds, personId, ContactRole.valueOf(choice.role()));
	}

}
