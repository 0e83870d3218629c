package org.accord.contact;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.accord.institution.Institution;
import org.accord.source.Source;

/**
 * A person named in a role at an institution: a president, a director, a signatory. Staff
 * keep them as contacts, with an e-mail and a phone, linked to the agreements they sign
 * or coordinate.
 */
@Entity
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String nameNative;

	private String role;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution institution;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	private String email;

	private String phone;

	private Instant archivedAt;

	/**
	 * Written by the database (migration V13's trigger) for search; never by the portal.
	 */
	@Column(insertable = false, updatable = false)
	private String searchNames;

	@Column(insertable = false, updatable = false)
	private String searchDocument;

	@Version
	private long version;

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

	void archive(Instant when) {
		this.archivedAt = when;
	}

	void restore() {
		this.archivedAt = null;
	}

	private static String tidy(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getId() {
		return this.id;
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

	public Source getSource() {
		return this.source;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public Instant getArchivedAt() {
		return this.archivedAt;
	}

	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public long getVersion() {
		return this.version;
	}

}
