package org.accord.institution;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accord.web.CountryCode;

/**
 * The institution form. It carries only what staff may edit; the version is the one the
 * form was loaded with, so that a save over someone else's change is noticed.
 */
public record InstitutionForm(@NotBlank @Size(max = 300) String nameEn, @Size(max = 300) String nameNative,
		@Size(max = 40) String acronym, @NotNull InstitutionKind kind, @NotBlank @CountryCode String countryCode,
		@Size(max = 120) String city,
		@Size(max = 300) @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{validation.url}") String website,
		@Size(max = 40) @Pattern(regexp = "(https://ror\\.org/)?0[a-z0-9]{6}[0-9]{2}",
				message = "{validation.rorId}") String rorId,
		@Size(max = 40) String erasmusCode, @Size(max = 120) String schacCode, @Size(max = 5000) String note,
		@Size(max = 500) String sourceNote, Long version, Boolean confirmedNew) {

	boolean isConfirmedNew() {
		return Boolean.TRUE.equals(this.confirmedNew);
	}

	static InstitutionForm empty() {
		return new InstitutionForm(null, null, null, InstitutionKind.UNIVERSITY, null, null, null, null, null, null,
				null, null, null, false);
	}

	static InstitutionForm from(Institution i) {
		return new InstitutionForm(i.getNameEn(), i.getNameNative(), i.getAcronym(), i.getKind(), i.getCountryCode(),
				i.getCity(), i.getWebsite(), i.getRorId(), i.getErasmusCode(), i.getSchacCode(), i.getNote(),
				i.getSourceNote(), i.getVersion(), false);
	}

	/**
	 * The form with the version of the record as it is saved now, to save over it
	 * deliberately.
	 */
	InstitutionForm withVersion(long current) {
		return new InstitutionForm(this.nameEn, this.nameNative, this.acronym, this.kind, this.countryCode, this.city,
				this.website, this.rorId, this.erasmusCode, this.schacCode, this.note, this.sourceNote, current,
				this.confirmedNew);
	}

	/** Field label keys and shown values, for history and for conflicts. */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("institution.nameEn", this.nameEn);
		fields.put("institution.nameNative", this.nameNative);
		fields.put("institution.acronym", this.acronym);
		fields.put("common.kind", (this.kind != null) ? this.kind.name() : null);
		fields.put("common.country", this.countryCode);
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
