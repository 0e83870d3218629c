package org.accord.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accord.country.CountryCode;
import org.accord.institution.Institution;
import org.accord.institution.InstitutionKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agreement form. Parties are typed by name (the page offers every institution as a
 * suggestion, and works without JavaScript); a party that is not recorded yet can be
 * added in the same form. Rows are fixed in number, and "more rows" adds some without
 * losing anything typed. Signatory rows are three parallel lists (party, name, role). A
 * mutable bean rather than a record: a value that does not convert (an impossible date)
 * leaves an error on its field while everything else typed is kept.
 */
public class AgreementForm {

	static final int MIN_ROWS = 3;

	/**
	 * One signatory: who signed, in which role, for which party (typed as the party's
	 * name).
	 */
	public record SignatoryRow(String party, String name, String role) {

		boolean isBlank() {
			return isBlankText(this.party) && isBlankText(this.name) && isBlankText(this.role);
		}

	}

	/** A party that is not recorded yet, created when the agreement is saved. */
	public static class NewParty {

		@Size(max = 300)
		private String nameEn;

		@CountryCode
		private String countryCode;

		private InstitutionKind kind = InstitutionKind.UNIVERSITY;

		public String getNameEn() {
			return this.nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

		public String getCountryCode() {
			return this.countryCode;
		}

		public void setCountryCode(String countryCode) {
			this.countryCode = countryCode;
		}

		public InstitutionKind getKind() {
			return this.kind;
		}

		public void setKind(InstitutionKind kind) {
			this.kind = kind;
		}

		boolean isBlank() {
			return isBlankText(this.nameEn) && isBlankText(this.countryCode);
		}

	}

	@NotNull
	private AgreementKind kind;

	@NotBlank
	@Size(max = 500)
	private String title;

	@NotNull
	private AgreementStatus status;

	@Pattern(regexp = "\\s*+\\d{4}(?:-\\d{2}(?:-\\d{2})?+)?+\\s*+", message = "{validation.partialDate}")
	private String signedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validUntil;

	@Size(max = 10000)
	private String summary;

	@Size(max = 500)
	private String sourceNote;

	private List<@Size(max = 300) String> parties = new ArrayList<>();

	private List<@Size(max = 300) String> signatoryParties = new ArrayList<>();

	private List<@Size(max = 200) String> signatoryNames = new ArrayList<>();

	private List<@Size(max = 300) String> signatoryRoles = new ArrayList<>();

	@Valid
	private NewParty newParty = new NewParty();

	private Long version;

	private boolean confirmedNew;

	/** A contact to attach to the new agreement: an existing one at a party... */
	private Long contactPerson;

	private String contactRole;

	/** ...or a new one, at one of the parties. */
	@Size(max = 200)
	private String contactName;

	@Email(message = "{validation.email}")
	@Size(max = 254)
	private String contactEmail;

	@Size(max = 300)
	private String contactInstitution;

	public Long getContactPerson() {
		return this.contactPerson;
	}

	public void setContactPerson(Long contactPerson) {
		this.contactPerson = contactPerson;
	}

	public String getContactRole() {
		return this.contactRole;
	}

	public void setContactRole(String contactRole) {
		this.contactRole = contactRole;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactInstitution() {
		return this.contactInstitution;
	}

	public void setContactInstitution(String contactInstitution) {
		this.contactInstitution = contactInstitution;
	}

	/** Whether the form names a contact to attach, existing or new. */
	boolean hasContact() {
		return this.contactPerson != null || !isBlankText(this.contactName);
	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public void setKind(AgreementKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public AgreementStatus getStatus() {
		return this.status;
	}

	public void setStatus(AgreementStatus status) {
		this.status = status;
	}

	public String getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(String signedOn) {
		this.signedOn = signedOn;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

	public void setSourceNote(String sourceNote) {
		this.sourceNote = sourceNote;
	}

	public List<@Size(max = 300) String> getParties() {
		return this.parties;
	}

	public void setParties(List<@Size(max = 300) String> parties) {
		this.parties = parties;
	}

	public List<@Size(max = 300) String> getSignatoryParties() {
		return this.signatoryParties;
	}

	public void setSignatoryParties(List<@Size(max = 300) String> signatoryParties) {
		this.signatoryParties = signatoryParties;
	}

	public List<@Size(max = 200) String> getSignatoryNames() {
		return this.signatoryNames;
	}

	public void setSignatoryNames(List<@Size(max = 200) String> signatoryNames) {
		this.signatoryNames = signatoryNames;
	}

	public List<@Size(max = 300) String> getSignatoryRoles() {
		return this.signatoryRoles;
	}

	public void setSignatoryRoles(List<@Size(max = 300) String> signatoryRoles) {
		this.signatoryRoles = signatoryRoles;
	}

	public NewParty getNewParty() {
		return this.newParty;
	}

	public void setNewParty(NewParty newParty) {
		this.newParty = newParty;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public boolean isConfirmedNew() {
		return this.confirmedNew;
	}

	public void setConfirmedNew(boolean confirmedNew) {
		this.confirmedNew = confirmedNew;
	}

	static AgreementForm empty() {
		AgreementForm form = new AgreementForm();
		form.kind = AgreementKind.MEMORANDUM_OF_UNDERSTANDING;
		form.status = AgreementStatus.DRAFT;
		return form.withRows(0);
	}

	static AgreementForm from(Agreement a) {
		AgreementForm form = new AgreementForm();
		form.kind = a.getKind();
		form.title = a.getTitle();
		form.status = a.getStatus();
		form.signedOn = (a.getSigned() != null) ? a.getSigned().toString() : null;
		form.validFrom = a.getValidFrom();
		form.validUntil = a.getValidUntil();
		form.summary = a.getSummary();
		form.sourceNote = a.getSourceNote();
		form.parties = a.getParties().stream().map(Institution::getNameEn).collect(Collectors.toList());
		form.setSignatoryRows(a.getSignatories()
			.stream()
			.map((s) -> new SignatoryRow(s.getInstitution().getNameEn(), s.getName(), s.getRole()))
			.toList());
		form.version = a.getVersion();
		return form.withRows(0);
	}

	/**
	 * Every signatory row, blank ones included, at the index its fields have in the form.
	 */
	public List<SignatoryRow> signatoryRows() {
		int count = Math.max(this.signatoryParties.size(),
				Math.max(this.signatoryNames.size(), this.signatoryRoles.size()));
		List<SignatoryRow> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new SignatoryRow(at(this.signatoryParties, i), at(this.signatoryNames, i),
					at(this.signatoryRoles, i)));
		}
		return rows;
	}

	/**
	 * Drops blank rows and pads to at least {@link #MIN_ROWS} rows, and {@code extra}
	 * blank ones more; returns this form.
	 */
	AgreementForm withRows(int extra) {
		List<String> partyRows = new ArrayList<>(typedParties());
		List<SignatoryRow> signatoryRows = new ArrayList<>(typedSignatories());
		int partyCount = Math.max(MIN_ROWS, partyRows.size() + 1) + extra;
		while (partyRows.size() < partyCount) {
			partyRows.add(null);
		}
		int signatoryCount = Math.max(MIN_ROWS, signatoryRows.size() + 1) + extra;
		while (signatoryRows.size() < signatoryCount) {
			signatoryRows.add(new SignatoryRow(null, null, null));
		}
		this.parties = partyRows;
		setSignatoryRows(signatoryRows);
		return this;
	}

	private void setSignatoryRows(List<SignatoryRow> rows) {
		this.signatoryParties = rows.stream().map(SignatoryRow::party).collect(Collectors.toList());
		this.signatoryNames = rows.stream().map(SignatoryRow::name).collect(Collectors.toList());
		this.signatoryRoles = rows.stream().map(SignatoryRow::role).collect(Collectors.toList());
	}

	List<String> typedParties() {
		return this.parties.stream().filter((p) -> !isBlankText(p)).map(String::strip).toList();
	}

	List<SignatoryRow> typedSignatories() {
		return signatoryRows().stream().filter((s) -> !s.isBlank()).toList();
	}

	/** Field label keys and shown values, for history and for conflicts. */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("common.kind", (this.kind != null) ? this.kind.name() : null);
		fields.put("agreement.agreementTitle", this.title);
		fields.put("common.status", (this.status != null) ? this.status.name() : null);
		fields.put("agreement.signed", this.signedOn);
		fields.put("agreement.validFrom", (this.validFrom != null) ? this.validFrom.toString() : null);
		fields.put("agreement.validUntil", (this.validUntil != null) ? this.validUntil.toString() : null);
		fields.put("agreement.parties", String.join("; ", typedParties()));
		fields.put("agreement.signatories",
				typedSignatories().stream()
					.map((s) -> s.name() + ((s.role() != null) ? ", " + s.role() : "") + " (" + s.party() + ")")
					.collect(Collectors.joining("; ")));
		fields.put("common.summary", this.summary);
		fields.put("common.sourceNote", this.sourceNote);
		return fields;
	}

	private static String at(List<String> values, int index) {
		return (index < values.size()) ? values.get(index) : null;
	}

	private static boolean isBlankText(String text) {
		return text == null || text.isBlank();
	}

}
