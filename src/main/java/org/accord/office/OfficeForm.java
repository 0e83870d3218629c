package org.accord.office;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accord.country.CountryCode;

/**
 * The office form. Owner and host are typed by name (with the same suggestions as the
 * agreement form's parties), the setting-up agreement by its reference.
 */
public class OfficeForm {

	@NotBlank
	@Size(max = 300)
	private String name;

	@NotBlank
	@Size(max = 300)
	private String owner;

	@Size(max = 300)
	private String host;

	@Size(max = 120)
	private String city;

	@NotBlank
	@CountryCode
	private String countryCode;

	@Pattern(regexp = "\\s*+\\d{4}(?:-\\d{2}(?:-\\d{2})?+)?+\\s*+", message = "{validation.partialDate}")
	private String openedOn;

	@Size(max = 5000)
	private String purpose;

	@Size(max = 40)
	private String agreementReference;

	@Size(max = 500)
	private String sourceNote;

	private Long version;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public String getHost() {
		return this.host;
	}

	public void setHost(String host) {
		this.host = host;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getOpenedOn() {
		return this.openedOn;
	}

	public void setOpenedOn(String openedOn) {
		this.openedOn = openedOn;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getAgreementReference() {
		return this.agreementReference;
	}

	public void setAgreementReference(String agreementReference) {
		this.agreementReference = agreementReference;
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

	static OfficeForm from(Office office) {
		OfficeForm form = new OfficeForm();
		form.name = office.getName();
		form.owner = office.getOwner().getNameEn();
		form.host = (office.getHost() != null) ? office.getHost().getNameEn() : null;
		form.city = office.getCity();
		form.countryCode = office.getCountryCode();
		form.openedOn = (office.getOpened() != null) ? office.getOpened().toString() : null;
		form.purpose = office.getPurpose();
		form.agreementReference = (office.getAgreement() != null) ? office.getAgreement().getReference() : null;
		form.sourceNote = office.getSourceNote();
		form.version = office.getVersion();
		return form;
	}

	/** Field label keys and shown values, for history and for conflicts. */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("office.name", this.name);
		fields.put("office.owner", this.owner);
		fields.put("office.host", this.host);
		fields.put("common.city", this.city);
		fields.put("common.country", this.countryCode);
		fields.put("office.opened", this.openedOn);
		fields.put("office.purpose", this.purpose);
		fields.put("office.agreement", this.agreementReference);
		fields.put("common.sourceNote", this.sourceNote);
		return fields;
	}

}
