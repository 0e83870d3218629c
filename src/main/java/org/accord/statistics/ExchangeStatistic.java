package org.accord.statistics;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.accord.institution.Institution;
import org.accord.model.Approximation;
import org.accord.model.PartialDate;
import org.accord.source.SourcedRecord;

/** A figure a source states: "90 students sent to Japan in 2017". */
@Entity
public class ExchangeStatistic extends SourcedRecord {

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution institution;

	private String partnerCountryCode;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution partnerInstitution;

	@Enumerated(EnumType.STRING)
	private PeriodKind periodKind;

	private Integer yearFrom;

	private Integer yearTo;

	/** The year the figure is for or as of, kept by PostgreSQL (a generated column). */
	@Column(insertable = false, updatable = false)
	private Integer periodYear;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "as_of_date")),
			@AttributeOverride(name = "precision", column = @Column(name = "as_of_precision")) })
	private PartialDate asOf;

	@Enumerated(EnumType.STRING)
	private Measure measure;

	private long value;

	@Enumerated(EnumType.STRING)
	private Approximation approximation = Approximation.EXACT;

	private String note;

	private String sourceNote;

	protected ExchangeStatistic() {
	}

	ExchangeStatistic(StatisticForm form, Institution institution, Institution partner, PartialDate asOf) {
		update(form, institution, partner, asOf);
	}

	/**
	 * Takes the form's values; a single year is stored as the range from that year to
	 * itself.
	 */
	void update(StatisticForm form, Institution institution, Institution partner, PartialDate asOf) {
		this.institution = institution;
		this.measure = form.getMeasure();
		this.value = form.getValue();
		this.approximation = form.getApproximation();
		this.periodKind = form.getPeriodKind();
		this.yearFrom = (this.periodKind == PeriodKind.AS_OF) ? null : form.getYearFrom();
		this.yearTo = switch (this.periodKind) {
			case YEAR -> form.getYearFrom();
			case RANGE -> form.getYearTo();
			case AS_OF -> null;
		};
		this.asOf = (this.periodKind == PeriodKind.AS_OF) ? asOf : null;
		this.partnerCountryCode = form.getPartnerCountryCode();
		this.partnerInstitution = partner;
		this.note = tidy(form.getNote());
		this.sourceNote = tidy(form.getSourceNote());
	}

	public Institution getInstitution() {
		return this.institution;
	}

	public String getPartnerCountryCode() {
		return this.partnerCountryCode;
	}

	public Institution getPartnerInstitution() {
		return this.partnerInstitution;
	}

	public PeriodKind getPeriodKind() {
		return this.periodKind;
	}

	public Integer getPeriodYear() {
		return this.periodYear;
	}

	public Integer getYearFrom() {
		return this.yearFrom;
	}

	public Integer getYearTo() {
		return this.yearTo;
	}

	public PartialDate getAsOf() {
		return this.asOf;
	}

	/**
	 * The period in ISO form: "2017", "2013–2017" or "as of 2017-12" (the prefix comes
	 * from the template).
	 */
	public String getPeriodText() {
		return periodText(this.periodKind, this.yearFrom, this.yearTo, this.asOf);
	}

	/** A period as pages write it: "2019", "2017–2019", or the date it is as of. */
	public static String periodText(PeriodKind kind, Integer yearFrom, Integer yearTo, PartialDate asOf) {
		return switch (kind) {
			case YEAR -> String.valueOf(yearFrom);
			case RANGE -> yearFrom + "–" + yearTo;
			case AS_OF -> String.valueOf(asOf);
		};
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public long getValue() {
		return this.value;
	}

	public Approximation getApproximation() {
		return this.approximation;
	}

	public String getNote() {
		return this.note;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

}
