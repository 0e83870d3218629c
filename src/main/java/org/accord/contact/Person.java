package org.accord.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.accord.institution.Institution;
import org.accord.source.SourcedRecord;

/**
 * A person named in a role at an institution: a president, a director, a signatory. Staff
 * keep them as contacts, with an e-mail and a phone, linked to the agreements they sign
 * or coordinate.
 */
@Entity
public class Person extends SourcedRecord {

	private String name;

	private String nameNative;

	private String role;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution institution;

	private String email;

	private String phone;

	/**
	 * Written by the database (migration V13's trigger) for search; never by the portal.
	 */
	@Column(insertable = false, updatable = false)
	private String searchNames;

	@Column(insertable = false, updatable = false)
	private String searchDocument;

	protected Person() {
	}

	Person(ContactForm form, Institution institution) {
		update(form, institution);
	}

	void update(ContactForm form, Institution institution) {
		this.name = form.getName().strip();
		this.nameNative = tidy(form.getNameNative());
		this.role = tidy(form.getRole());
		this.institution = institution;
		this.email = tidy(form.getEmail());
		this.phone = tidy(form.getPhone());
	}

	public String getName() {
		return this.name;
	}

	public String getNameNative() {
		return this.nameNative;
	}

	public String getRole() {
		return this.role;
	}

	public Institution getInstitution() {
		return this.institution;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

}
