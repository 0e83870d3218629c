package org.accord.agreement;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.accord.institution.Institution;
import org.accord.institution.InstitutionService;
import org.accord.model.PartialDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The agreement form's rules that span fields or need the database: dates in order, an
 * active agreement signed and not in the future, at least two distinct parties that are
 * recorded (or the new one), and signatories who sign for one of the parties. Each
 * problem goes beside its field.
 */
@Component
class AgreementFormCheck {

	private final InstitutionService institutions;

	private final AgreementRepository agreements;

	private final Clock clock;

	private final ObjectProvider<AgreementContacts> contacts;

	AgreementFormCheck(InstitutionService institutions, AgreementRepository agreements, Clock clock,
			ObjectProvider<AgreementContacts> contacts) {
		this.institutions = institutions;
		this.agreements = agreements;
		this.clock = clock;
		this.contacts = contacts;
	}

	/** What the form's party and signatory texts mean; null where a rule failed. */
	record Resolved(PartialDate signed, List<Institution> parties, boolean includesNewParty,
			List<ResolvedSignatory> signatories, AgreementContacts.Choice contact) {
	}

	/** A signatory, signing for a recorded party or (party null) for the new one. */
	record ResolvedSignatory(Institution party, String name, String role) {
	}

	Resolved check(AgreementForm form, Errors errors) {
		PartialDate signed = signed(form, errors);
		if (form.getValidFrom() != null && form.getValidUntil() != null
				&& form.getValidUntil().isBefore(form.getValidFrom())) {
			errors.rejectValue("validUntil", "agreement.validUntilBeforeFrom");
		}
		boolean newParty = !form.getNewParty().isBlank();
		if (newParty && blank(form.getNewParty().getNameEn())) {
			errors.rejectValue("newParty.nameEn", "NotBlank");
		}
		if (newParty && blank(form.getNewParty().getCountryCode())) {
			errors.rejectValue("newParty.countryCode", "validation.countryCode");
		}
		// By id: each look-up may return its own instance of the same institution.
		Map<Long, Institution> parties = new LinkedHashMap<>();
		boolean newPartyNamed = false;
		for (int i = 0; i < form.getParties().size(); i++) {
			String typed = form.getParties().get(i);
			if (blank(typed)) {
				continue;
			}
			if (newParty && typed.strip().equalsIgnoreCase(strip(form.getNewParty().getNameEn()))) {
				newPartyNamed = true;
				continue;
			}
			Optional<Institution> party = this.institutions.resolve(typed);
			if (party.isPresent()) {
				parties.putIfAbsent(party.get().getId(), party.get());
			}
			else {
				this.institutions.rejectUnresolved(typed, "parties[" + i + "]", errors);
			}
		}
		boolean includesNewParty = newParty && !blank(form.getNewParty().getNameEn());
		if (!errors.hasFieldErrors("parties*") && parties.size() + (includesNewParty ? 1 : 0) < 2) {
			errors.rejectValue("parties", "agreement.twoParties");
		}
		List<ResolvedSignatory> signatories = new ArrayList<>();
		List<AgreementForm.SignatoryRow> rows = form.signatoryRows();
		for (int i = 0; i < rows.size(); i++) {
			AgreementForm.SignatoryRow row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			if (blank(row.name())) {
				errors.rejectValue("signatoryNames[" + i + "]", "NotBlank");
			}
			Optional<Institution> party = blank(row.party()) ? Optional.empty() : partyNamed(row.party(), parties);
			boolean forNewParty = includesNewParty && !blank(row.party())
					&& row.party().strip().equalsIgnoreCase(strip(form.getNewParty().getNameEn()));
			if (party.isEmpty() && !forNewParty) {
				errors.rejectValue("signatoryParties[" + i + "]", "agreement.signatoryPartyUnknown");
			}
			else if (!blank(row.name())) {
				signatories.add(new ResolvedSignatory(party.orElse(null), row.name(), row.role()));
			}
		}
		return new Resolved(signed, new ArrayList<>(parties.values()), includesNewParty || newPartyNamed, signatories,
				contact(form, parties, errors));
	}

	/** The contacts at the recorded parties the form names, for its menu. */
	List<AgreementContacts.Option> contactOptions(AgreementForm form) {
		AgreementContacts contacts = this.contacts.getIfAvailable();
		if (contacts == null) {
			return List.of();
		}
		Set<Long> partyIds = new LinkedHashSet<>();
		for (String typed : form.getParties()) {
			if (!blank(typed)) {
				this.institutions.resolve(typed).ifPresent((party) -> partyIds.add(party.getId()));
			}
		}
		return partyIds.isEmpty() ? List.of() : contacts.atParties(partyIds);
	}

	/**
	 * The contact to attach: an existing one, who must work at a party, or a new one,
	 * named with one of the parties as their institution; not both, and with what they do
	 * for the agreement.
	 */
	private AgreementContacts.Choice contact(AgreementForm form, Map<Long, Institution> parties, Errors errors) {
		AgreementContacts contacts = this.contacts.getIfAvailable();
		if (contacts == null || !form.hasContact()) {
			return null;
		}
		boolean existing = form.getContactPerson() != null;
		if (existing && !blank(form.getContactName())) {
			errors.rejectValue("contactName", "agreement.contact.oneOrOther");
			return null;
		}
		if (contacts.roles().stream().noneMatch((role) -> role.value().equals(form.getContactRole()))) {
			errors.rejectValue("contactRole", "NotNull");
		}
		Long institutionId = null;
		if (existing) {
			if (contacts.atParties(parties.keySet())
				.stream()
				.noneMatch((option) -> option.value().equals(form.getContactPerson().toString()))) {
				errors.rejectValue("contactPerson", "agreement.contact.notAtParty");
			}
		}
		else {
			Optional<Institution> at = blank(form.getContactInstitution()) ? Optional.empty()
					: partyNamed(form.getContactInstitution(), parties);
			if (at.isEmpty()) {
				errors.rejectValue("contactInstitution", "agreement.contact.notAParty");
			}
			else {
				institutionId = at.get().getId();
			}
		}
		return new AgreementContacts.Choice(form.getContactPerson(), form.getContactRole(),
				strip(form.getContactName()), blank(form.getContactEmail()) ? null : form.getContactEmail().strip(),
				institutionId);
	}

	/**
	 * An edit may not drop a party that cooperation conditions send from or to: those
	 * conditions are removed first.
	 */
	void keepsPartiesOfConditions(Long agreementId, Resolved resolved, Errors errors) {
		if (errors.hasFieldErrors("parties*")) {
			return;
		}
		Set<Long> kept = resolved.parties().stream().map(Institution::getId).collect(Collectors.toSet());
		for (Long inUse : this.agreements.findPartiesInConditions(agreementId)) {
			if (!kept.contains(inUse)) {
				errors.rejectValue("parties", "agreement.partyHasConditions",
						new Object[] { this.institutions.details(inUse).getNameEn() }, null);
				return;
			}
		}
	}

	private PartialDate signed(AgreementForm form, Errors errors) {
		PartialDate signed = null;
		if (!errors.hasFieldErrors("signedOn")) {
			try {
				signed = PartialDate.parse(form.getSignedOn());
			}
			catch (DateTimeException ex) {
				errors.rejectValue("signedOn", "validation.partialDate");
			}
		}
		if (form.getStatus() == AgreementStatus.ACTIVE && !errors.hasFieldErrors("signedOn")) {
			if (signed == null) {
				errors.rejectValue("signedOn", "agreement.activeNeedsSigned");
			}
			else if (signed.getDate().isAfter(LocalDate.now(this.clock))) {
				errors.rejectValue("signedOn", "agreement.signedInFuture");
			}
		}
		return signed;
	}

	/** The party a signatory row names, by any of its names or acronym. */
	private Optional<Institution> partyNamed(String typed, Map<Long, Institution> parties) {
		String text = typed.strip().toLowerCase(Locale.ROOT);
		Optional<Institution> byName = parties.values()
			.stream()
			.filter((p) -> text.equals(lower(p.getNameEn())) || text.equals(lower(p.getNameNative()))
					|| text.equals(lower(p.getAcronym())))
			.findFirst();
		return byName.or(() -> this.institutions.resolve(typed).map((found) -> parties.get(found.getId())));
	}

	private static String lower(String text) {
		return (text != null) ? text.toLowerCase(Locale.ROOT) : null;
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
