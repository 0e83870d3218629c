package org.accord.contact;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.accord.history.History;
import org.accord.history.RecordChange;
import org.accord.history.RecordType;
import org.accord.institution.Institution;
import org.accord.record.BadRequestException;
import org.accord.record.RecordNotFoundException;
import org.accord.record.SaveOutcome;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts: the people at partners, and their part in agreements. A change to who signs
 * or coordinates an agreement is recorded in that agreement's history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class ContactService {

	private static final String CONTACTS_FIELD = "contact.title";

	private final PersonRepository people;

	private final AgreementContactRepository links;

	private final History history;

	private final Clock clock;

	ContactService(PersonRepository people, AgreementContactRepository links, History history, Clock clock) {
		this.people = people;
		this.links = links;
		this.history = history;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	SaveOutcome create(ContactForm form, Institution institution) {
		Person person = this.people.save(new Person(form, institution));
		this.history.created(RecordType.CONTACT, person.getId());
		return new SaveOutcome.Saved(person.getId());
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	SaveOutcome update(Long id, ContactForm form, Institution institution) {
		Person person = details(id);
		ContactForm saved = ContactForm.from(person);
		Optional<SaveOutcome> stale = SaveOutcome.Conflict.ifStale(form.getVersion(), person.getVersion(),
				() -> saved.fields(), () -> form.fields());
		if (stale.isPresent()) {
			return stale.get();
		}
		person.update(form, institution);
		this.people.flush();
		this.history.changed(RecordType.CONTACT, id, saved.fields(), ContactForm.from(person).fields());
		return new SaveOutcome.Saved(id);
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void archive(Long id) {
		this.history.archive(RecordType.CONTACT, details(id));
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void restore(Long id) {
		this.history.restore(RecordType.CONTACT, details(id));
	}

	/**
	 * Records that the person signs or coordinates the agreement, if they did not
	 * already; the person must work at one of its parties.
	 */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void link(Long agreementId, Collection<Long> partyIds, Long personId, ContactRole role) {
		Person person = this.people.findWithInstitutionById(personId)
			.orElseThrow(() -> new BadRequestException("no such contact"));
		if (person.getInstitution() == null || !partyIds.contains(person.getInstitution().getId())) {
			throw new BadRequestException("the contact does not work at a party of the agreement");
		}
		if (!this.links.existsByAgreementIdAndPersonIdAndRole(agreementId, personId, role)) {
			String before = describe(agreementId);
			this.links.save(new AgreementContact(agreementId, personId, role));
			recordLinks(agreementId, before);
		}
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void unlink(Long agreementId, Long personId, ContactRole role) {
		String before = describe(agreementId);
		if (this.links.remove(agreementId, personId, role) > 0) {
			recordLinks(agreementId, before);
		}
	}

	private void recordLinks(Long agreementId, String before) {
		this.history.changed(RecordType.AGREEMENT, agreementId, Map.of(CONTACTS_FIELD, before),
				Map.of(CONTACTS_FIELD, describe(agreementId)));
	}

	private String describe(Long agreementId) {
		return this.links.findByAgreement(agreementId)
			.stream()
			.map((contact) -> contact.name() + " (" + contact.role().name().toLowerCase(Locale.ROOT) + ")")
			.collect(Collectors.joining(", "));
	}

	public Person details(Long id) {
		return this.people.findWithInstitutionById(id).orElseThrow(() -> new RecordNotFoundException("contact", id));
	}

	public List<RecordChange> history(Long id) {
		return this.history.of(RecordType.CONTACT, id);
	}

	/** The people at an institution, archived ones last. */
	/** The people a source gave, for the source's page. */
	public List<Person> fromSource(Long sourceId) {
		return this.people.findBySourceId(sourceId);
	}

	public List<Person> atInstitution(Long institutionId) {
		return this.people.findByInstitutionIdOrderByArchivedAtDescNameAsc(institutionId);
	}

	/** The people an agreement's page offers as contacts: those at its parties. */
	public List<Person> atParties(Collection<Long> institutionIds) {
		return this.people.findActiveAt(institutionIds);
	}

	public List<AgreementContactView> ofAgreement(Long agreementId) {
		return this.links.findByAgreement(agreementId);
	}

	public List<ContactAgreement> agreementsOf(Long personId) {
		return this.links.findByPerson(personId);
	}

}
