package org.accord.office;

import java.time.Instant;

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
import org.accord.agreement.Agreement;
import org.accord.institution.Institution;
import org.accord.model.PartialDate;
import org.accord.source.Source;

/** An office that one institution runs at, or in the country of, another. */
@Entity
public class Office {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution owner;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution host;

	private String city;

	private String countryCode;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "opened_date")),
			@AttributeOverride(name = "precision", column = @Column(name = "opened_precision")) })
	private PartialDate opened;

	private String purpose;

	/** The agreement that set the office up. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Agreement agreement;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	private String sourceNote;

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

	protected Office() {
	}

	Office(OfficeForm form, PartialDate opened, Institution owner, Institution host, Agreement agreement) {
		update(form, opened, owner, host, agreement);
	}

	void update(OfficeForm form, PartialDate opened, Institution owner, Institution host, Agreement agreement) {
		this.name = form.getName().strip();
		this.owner = owner;
		this.host = host;
		this.city = tidy(form.getCity());
		this.countryCode = form.getCountryCode();
		this.opened = opened;
		this.purpose = tidy(form.getPurpose());
		this.agreement = agreement;
		this.sourceNote = tidy(form.getSourceNote());
	}

	void archive(Instant when) {
		this.archivedAt = when;
	}

	void restore() {
		this.archivedAt = null;
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

	private static String tidy(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Institution getOwner() {
		return this.owner;
	}

	public Institution getHost() {
		return this.host;
	}

	public String getCity() {
		return this.city;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public PartialDate getOpened() {
		return this.opened;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public Agreement getAgreement() {
		return this.agreement;
	}

	public Source getSource() {
		return this.source;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

}
