package org.accord.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accord.institution.Institution;
import org.accord.institution.InstitutionKind;
import org.accord.web.CountryCode;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agreement form. Parties are typed by name (the page offers every institution as a
 * suggestion, and works without JavaScript); a party that is not recorded yet can be
 * added in the same form. Rows are fixed in number, and "more rows" adds some without
 * losing anything typed. Signatory rows are three parallel lists (party, name, role),
 * which bind as plain indexed fields.
 */
public record AgreementForm(@NotNull AgreementKind kind, @NotBlank @Size(max = 500) String title,
		@NotNull AgreementStatus status,
		@Pattern(regexp = "\\s*\\d{4}(-\\d{2}(-\\d{2})?)?\\s*", message = "{validation.partialDate}") String signedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil, @Size(max = 10000) String summary,
		@Size(max = 500) String sourceNote, List<@Size(max = 300) String> parties,
		List<@Size(max = 300) String> signatoryParties, List<@Size(max = 200) String> signatoryNames,
		List<@Size(max = 300) String> signatoryRoles, @Valid NewParty newParty, Long version) {

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
	public record NewParty(@Size(max = 300) String nameEn, @CountryCode String countryCode, InstitutionKind kind) {

		boolean isBlank() {
			return isBlankText(this.nameEn) && isBlankText(this.countryCode);
		}

	}

	public AgreementForm {
		parties = copy(parties);
		signatoryParties = copy(signatoryParties);
		signatoryNames = copy(signatoryNames);
		signatoryRoles = copy(signatoryRoles);
		newParty = (newParty != null) ? newParty : new NewParty(null, null, InstitutionKind.UNIVERSITY);
	}

	static AgreementForm empty() {
		return new AgreementForm(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, null, AgreementStatus.DRAFT, null, null,
				null, null, null, null, null, null, null, null, null)
			.withRows(0);
	}

	static AgreementForm from(Agreement a) {
		List<String> parties = a.getParties().stream().map(Institution::getNameEn).collect(Collectors.toList());
		List<SignatoryRow> signatories = a.getSignatories()
			.stream()
			.map((s) -> new SignatoryRow(s.getInstitution().getNameEn(), s.getName(), s.getRole()))
			.toList();
		return new AgreementForm(a.getKind(), a.getTitle(), a.getStatus(),
				(a.getSigned() != null) ? a.getSigned().toString() : null, a.getValidFrom(), a.getValidUntil(),
				a.getSummary(), a.getSourceNote(), parties, null, null, null, null, a.getVersion())
			.withSignatories(signatories)
			.withRows(0);
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
	 * The same form with at least {@link #MIN_ROWS} rows, and {@code extra} blank ones
	 * more.
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
		return new AgreementForm(this.kind, this.title, this.status, this.signedOn, this.validFrom, this.validUntil,
				this.summary, this.sourceNote, partyRows, null, null, null, this.newParty, this.version)
			.withSignatories(signatoryRows);
	}

	AgreementForm withVersion(long current) {
		return new AgreementForm(this.kind, this.title, this.status, this.signedOn, this.validFrom, this.validUntil,
				this.summary, this.sourceNote, this.parties, this.signatoryParties, this.signatoryNames,
				this.signatoryRoles, this.newParty, current);
	}

	private AgreementForm withSignatories(List<SignatoryRow> rows) {
		return new AgreementForm(this.kind, this.title, this.status, this.signedOn, this.validFrom, this.validUntil,
				this.summary, this.sourceNote, this.parties, rows.stream().map(SignatoryRow::party).toList(),
				rows.stream().map(SignatoryRow::name).toList(), rows.stream().map(SignatoryRow::role).toList(),
				this.newParty, this.version);
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

	private static List<String> copy(List<String> values) {
		return (values != null) ? new ArrayList<>(values) : new ArrayList<>();
	}

	private static String at(List<String> values, int index) {
		return (index < values.size()) ? values.get(index) : null;
	}

	private static boolean isBlankText(String text) {
		return text == null || text.isBlank();
	}

}
