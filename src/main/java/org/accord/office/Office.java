package org.accord.office;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.accord.agreement.Agreement;
import org.accord.institution.Institution;
import org.accord.model.PartialDate;
import org.accord.source.SourcedRecord;

/** An office that one institution runs at, or in the country of, another. */
@Entity
public class Office extends SourcedRecord {

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

	private String sourceNote;

	/**
	 * Written by the database (migration V13's trigger) for search; never by the portal.
	 */
	@Column(insertable = false, updatable = false)
	private String searchNames;

	@Column(insertable = false, updatable = false)
	private String searchDocument;

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

	public String getSourceNote() {
		return this.sourceNote;
	}

}
