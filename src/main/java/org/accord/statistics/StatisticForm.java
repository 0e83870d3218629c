package org.accord.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.accord.country.CountryCode;
import org.accord.model.Approximation;

/**
 * The statistic form: a whole number of at least zero, for an institution, over a year, a
 * range of years or as of a date, optionally with a partner country or institution.
 */
public class StatisticForm {

	@NotBlank
	@Size(max = 300)
	private String institution;

	@NotNull
	private Measure measure;

	@NotNull
	@PositiveOrZero
	@Max(1_000_000_000)
	private Long value;

	@NotNull
	private Approximation approximation = Approximation.EXACT;

	@NotNull
	private PeriodKind periodKind = PeriodKind.YEAR;

	@Min(1900)
	@Max(2999)
	private Integer yearFrom;

	@Min(1900)
	@Max(2999)
	private Integer yearTo;

	@Pattern(regexp = "\\s*+\\d{4}(?:-\\d{2}(?:-\\d{2})?+)?+\\s*+", message = "{validation.partialDate}")
	private String asOf;

	@CountryCode
	private String partnerCountryCode;

	@Size(max = 300)
	private String partnerInstitution;

	@Size(max = 5000)
	private String note;

	@Size(max = 500)
	private String sourceNote;

	private Long version;

	public String getInstitution() {
		return this.institution;
	}

	public void setInstitution(String institution) {
		this.institution = institution;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public void setMeasure(Measure measure) {
		this.measure = measure;
	}

	public Long getValue() {
		return this.value;
	}

	public void setValue(Long value) {
		this.value = value;
	}

	public Approximation getApproximation() {
		return this.approximation;
	}

	public void setApproximation(Approximation approximation) {
		this.approximation = approximation;
	}

	public PeriodKind getPeriodKind() {
		return this.periodKind;
	}

	public void setPeriodKind(PeriodKind periodKind) {
		this.periodKind = periodKind;
	}

	public Integer getYearFrom() {
		return this.yearFrom;
	}

	public void setYearFrom(Integer yearFrom) {
		this.yearFrom = yearFrom;
	}

	public Integer getYearTo() {
		return this.yearTo;
	}

	public void setYearTo(Integer yearTo) {
		this.yearTo = yearTo;
	}

	public String getAsOf() {
		return this.asOf;
	}

	public void setAsOf(String asOf) {
		this.asOf = asOf;
	}

	public String getPartnerCountryCode() {
		return this.partnerCountryCode;
	}

	public void setPartnerCountryCode(String partnerCountryCode) {
		this.partnerCountryCode = partnerCountryCode;
	}

	public String getPartnerInstitution() {
		return this.partnerInstitution;
	}

	public void setPartnerInstitution(String partnerInstitution) {
		this.partnerInstitution = partnerInstitution;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
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

	static StatisticForm from(ExchangeStatistic s) {
		StatisticForm form = new StatisticForm();
		form.institution = s.getInstitution().getNameEn();
		form.measure = s.getMeasure();
		form.value = s.getValue();
		form.approximation = s.getApproximation();
		form.periodKind = s.getPeriodKind();
		form.yearFrom = s.getYearFrom();
		form.yearTo = (s.getPeriodKind() == PeriodKind.RANGE) ? s.getYearTo() : null;
		form.asOf = (s.getAsOf() != null) ? s.getAsOf().toString() : null;
		form.partnerCountryCode = s.getPartnerCountryCode();
		form.partnerInstitution = (s.getPartnerInstitution() != null) ? s.getPartnerInstitution().getNameEn() : null;
		form.note = s.getNote();
		form.sourceNote = s.getSourceNote();
		form.version = s.getVersion();
		return form;
	}

	/** Field label keys and shown values, for history and for conflicts. */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("statistic.institution", this.institution);
		fields.put("statistic.measureLabel", (this.measure != null) ? this.measure.name() : null);
		fields.put("statistic.value", (this.value != null) ? this.approximation + " " + this.value : null);
		fields.put("statistic.period",
				this.periodKind + " " + text(this.yearFrom) + " " + text(this.yearTo) + " " + text(this.asOf));
		fields.put("statistic.partnerCountry", this.partnerCountryCode);
		fields.put("statistic.partnerInstitution", this.partnerInstitution);
		fields.put("common.note", this.note);
		fields.put("common.sourceNote", this.sourceNote);
		return fields;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
