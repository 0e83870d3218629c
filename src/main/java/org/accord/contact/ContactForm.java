package org.accord.contact;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The contact form: a person at an institution, typed by name with suggestions. */
public class ContactForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String nameNative;

	@Size(max = 500)
	private String role;

	@NotBlank
	@Size(max = 300)
	private String institution;

	@Email(message = "{validation.email}")
	@Size(max = 254)
	private String email;

	@Pattern(regexp = "\\s*+(?:\\+?+[0-9][0-9 ()./-]{2,38}+)?+\\s*+", message = "{validation.phone}")
	private String phone;

	private Long version;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameNative() {
		return this.nameNative;
	}

	public void setNameNative(String nameNative) {
		this.nameNative = nameNative;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getInstitution() {
		return this.institution;
	}

	public void setInstitution(String institution) {
		this.institution = institution;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	static ContactForm from(Person person) {
		ContactForm form = new ContactForm();
		form.name = person.getName();
		form.nameNative = person.getNameNative();
		form.role = person.getRole();
		form.institution = (person.getInstitution() != null) ? person.getInstitution().getNameEn() : null;
		form.email = person.getEmail();
		form.phone = person.getPhone();
		form.version = person.getVersion();
		return form;
	}

	/** Field label keys and shown values, for history and for conflicts. */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("contact.name", this.name);
		fields.put("institution.nameNative", this.nameNative);
		fields.put("contact.role", this.role);
		fields.put("contact.institution", this.institution);
		fields.put("contact.email", this.email);
		fields.put("contact.phone", this.phone);
		return fields;
	}

}
