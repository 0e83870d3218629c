package org.accord.institution;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accord.country.CountryCode;

/**
 * The institution form. It carries only what staff may edit; the version is the one the
 * form was loaded with, so that a save over someone else's change is noticed. A mutable
 * bean rather than a record: a value that does not convert (a malformed number, an
 * unknown kind) then leaves an error on its field while everything else typed is kept.
 */
public class InstitutionForm {

	@NotBlank
	@Size(max = 300)
	private String nameEn;

	@Size(max = 300)
	private String nameNative;

	@Size(max = 40)
	private String acronym;

	/** One per line. */
	@Size(max = 3000)
	@Pattern(regexp = "[^\\r\\n;]{0,300}+(?:(?:\\r?\\n|;)[^\\r\\n;]{0,300}+)*+",
			message = "{validation.alternativeNames}")
	private String alternativeNames;

	@NotNull
	private InstitutionKind kind;

	@NotBlank
	@CountryCode
	private String countryCode;

	@Size(max = 120)
	private String city;

	@Size(max = 300)
	@Pattern(regexp = "https?://[^\\s<>\"]+", message = "{validation.url}")
	private String website;

	@Size(max = 40)
	@Pattern(regexp = "(https://ror\\.org/)?0[a-z0-9]{6}[0-9]{2}", message = "{validation.rorId}")
	private String rorId;

	@Size(max = 40)
	private String erasmusCode;

	@Size(max = 120)
	private String schacCode;

	@Size(max = 5000)
	private String note;

	@Size(max = 500)
	private String sourceNote;

	private Long version;

	private boolean confirmedNew;

	/** One of our own universities rather than a partner. */
	private boolean home;

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameNative() {
		return this.nameNative;
	}

	public void setNameNative(String nameNative) {
		this.nameNative = nameNative;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getAlternativeNames() {
		return this.alternativeNames;
	}

	public void setAlternativeNames(String alternativeNames) {
		this.alternativeNames = alternativeNames;
	}

	/**
	 * The alternative names typed, one per line (or, as a spreadsheet cell holds them,
	 * separated by semicolons), without blanks and repeats.
	 */
	List<String> alternativeNameList() {
		if (this.alternativeNames == null) {
			return List.of();
		}
		return Arrays.stream(this.alternativeNames.split("[\\r\\n;]++"))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.distinct()
			.toList();
	}

	public InstitutionKind getKind() {
		return this.kind;
	}

	public void setKind(InstitutionKind kind) {
		this.kind = kind;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getRorId() {
		return this.rorId;
	}

	public void setRorId(String rorId) {
		this.rorId = rorId;
	}

	public String getErasmusCode() {
		return this.erasmusCode;
	}

	public void setErasmusCode(String erasmusCode) {
		this.erasmusCode = erasmusCode;
	}

	public String getSchacCode() {
		return this.schacCode;
	}

	public void setSchacCode(String schacCode) {
		this.schacCode = schacCode;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

	public void setSourceNote(String sourceNote) {
		this.sourceNote = sourceNote;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public boolean isHome() {
		return this.home;
	}

	public void setHome(boolean home) {
		this.home = home;
	}

	public boolean isConfirmedNew() {
		return this.confirmedNew;
	}

	public void setConfirmedNew(boolean confirmedNew) {
		this.confirmedNew = confirmedNew;
	}

	static InstitutionForm empty() {
		InstitutionForm form = new InstitutionForm();
		form.kind = InstitutionKind.UNIVERSITY;
		return form;
	}

	static InstitutionForm from(Institution i) {
		InstitutionForm form = new InstitutionForm();
		form.nameEn = i.getNameEn();
		form.nameNative = i.getNameNative();
		form.acronym = i.getAcronym();
		form.alternativeNames = String.join("\n", i.getAlternativeNames());
		form.kind = i.getKind();
		form.countryCode = i.getCountryCode();
		form.home = i.isHome();
		form.city = i.getCity();
		form.website = i.getWebsite();
		form.rorId = i.getRorId();
		form.erasmusCode = i.getErasmusCode();
		form.schacCode = i.getSchacCode();
		form.note = i.getNote();
		form.sourceNote = i.getSourceNote();
		form.version = i.getVersion();
		return form;
	}

	/**
	 * A party typed into the agreement form, recorded with what that form asks: name,
	 * country, kind.
	 */
	static InstitutionForm party(String nameEn, String countryCode, InstitutionKind kind) {
		InstitutionForm form = empty();
		form.nameEn = nameEn;
		form.countryCode = countryCode;
		form.kind = (kind != null) ? kind : InstitutionKind.OTHER;
		form.confirmedNew = true;
		return form;
	}

	/** Field label keys and shown values, for history and for conflicts. */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("institution.nameEn", this.nameEn);
		fields.put("institution.nameNative", this.nameNative);
		fields.put("institution.acronym", this.acronym);
		List<String> alternatives = alternativeNameList();
		fields.put("institution.alternativeNames", alternatives.isEmpty() ? null : String.join("; ", alternatives));
		fields.put("common.kind", (this.kind != null) ? this.kind.name() : null);
		fields.put("common.country", this.countryCode);
		fields.put("institution.home", this.home ? "true" : "false");
		fields.put("common.city", this.city);
		fields.put("institution.website", this.website);
		fields.put("institution.rorId", this.rorId);
		fields.put("institution.erasmusCode", this.erasmusCode);
		fields.put("institution.schacCode", this.schacCode);
		fields.put("common.note", this.note);
		fields.put("common.sourceNote", this.sourceNote);
		return fields;
	}

}
