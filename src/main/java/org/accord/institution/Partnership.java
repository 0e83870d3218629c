package org.accord.institution;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.accord.model.PartialDate;
import org.accord.source.Source;

/**
 * A relationship between two institutions that a source states without describing an
 * agreement.
 */
@Entity
public class Partnership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution institution;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution partner;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "established_date")),
			@AttributeOverride(name = "precision", column = @Column(name = "established_precision")) })
	private PartialDate established;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	@Version
	private long version;

	protected Partnership() {
	}

	public Long getId() {
		return this.id;
	}

	public Institution getInstitution() {
		return this.institution;
	}

	public Institution getPartner() {
		return this.partner;
	}

	/** The other side of this partnership, seen from the given institution. */
	public Institution otherSide(Long institutionId) {
		return this.institution.getId().equals(institutionId) ? this.partner : this.institution;
	}

	public PartialDate getEstablished() {
		return this.established;
	}

	public String getDescription() {
		return this.description;
	}

	public Source getSource() {
		return this.source;
	}

}
