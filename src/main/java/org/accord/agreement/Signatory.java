package org.accord.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.accord.institution.Institution;

/** A person who signed an agreement on behalf of one of its parties. */
@Entity
public class Signatory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Agreement agreement;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution institution;

	private String name;

	private String role;

	private int position;

	protected Signatory() {
	}

	Signatory(Institution institution, String name, String role) {
		this.institution = institution;
		this.name = name.strip();
		this.role = (role == null || role.isBlank()) ? null : role.strip();
	}

	void attach(Agreement agreement, int position) {
		this.agreement = agreement;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public Institution getInstitution() {
		return this.institution;
	}

	public String getName() {
		return this.name;
	}

	public String getRole() {
		return this.role;
	}

}
