package org.accord.person;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.accord.institution.Institution;
import org.accord.source.Source;

/** A person named in a role at an institution: a president, a director, a signatory. */
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

	@Version
	private long version;

	protected Person() {
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

}
