package org.accord.condition;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.accord.institution.Institution;

/**
 * The form for one cooperation condition: sender and receiver are chosen among the
 * parties.
 */
public class ConditionForm {

	@NotNull
	private Long sending;

	@NotNull
	private Long receiving;

	@NotNull
	private MobilityKind mobilityKind;

	@PositiveOrZero
	@Max(10_000)
	private Integer placesPerYear;

	@Min(1)
	@Max(366)
	private Integer durationAmount;

	private DurationUnit durationUnit;

	@Min(1950)
	@Max(2100)
	private Integer firstAcademicYear;

	@Min(1950)
	@Max(2100)
	private Integer lastAcademicYear;

	private StudyLevel studyLevel;

	@Size(max = 200)
	@Pattern(regexp = "\\s*+(?:\\d{2,4}+(?:(?:\\s++[,;]?+|[,;])\\s*+\\d{2,4}+)*+)?+\\s*+",
			message = "{validation.isced}")
	private String iscedCodes;

	@Pattern(regexp = "(A1|A2|B1|B2|C1|C2)?", message = "{validation.cefr}")
	private String cefrLevel;

	@Size(max = 1000)
	private String note;

	private Long version;

	public Long getSending() {
		return this.sending;
	}

	public void setSending(Long sending) {
		this.sending = sending;
	}

	public Long getReceiving() {
		return this.receiving;
	}

	public void setReceiving(Long receiving) {
		this.receiving = receiving;
	}

	public MobilityKind getMobilityKind() {
		return this.mobilityKind;
	}

	public void setMobilityKind(MobilityKind mobilityKind) {
		this.mobilityKind = mobilityKind;
	}

	public Integer getPlacesPerYear() {
		return this.placesPerYear;
	}

	public void setPlacesPerYear(Integer placesPerYear) {
		this.placesPerYear = placesPerYear;
	}

	public Integer getDurationAmount() {
		return this.durationAmount;
	}

	public void setDurationAmount(Integer durationAmount) {
		this.durationAmount = durationAmount;
	}

	public DurationUnit getDurationUnit() {
		return this.durationUnit;
	}

	public void setDurationUnit(DurationUnit durationUnit) {
		this.durationUnit = durationUnit;
	}

	public Integer getFirstAcademicYear() {
		return this.firstAcademicYear;
	}

	public void setFirstAcademicYear(Integer firstAcademicYear) {
		this.firstAcademicYear = firstAcademicYear;
	}

	public Integer getLastAcademicYear() {
		return this.lastAcademicYear;
	}

	public void setLastAcademicYear(Integer lastAcademicYear) {
		this.lastAcademicYear = lastAcademicYear;
	}

	public StudyLevel getStudyLevel() {
		return this.studyLevel;
	}

	public void setStudyLevel(StudyLevel studyLevel) {
		this.studyLevel = studyLevel;
	}

	public String getIscedCodes() {
		return this.iscedCodes;
	}

	public void setIscedCodes(String iscedCodes) {
		this.iscedCodes = iscedCodes;
	}

	public String getCefrLevel() {
		return this.cefrLevel;
	}

	public void setCefrLevel(String cefrLevel) {
		this.cefrLevel = cefrLevel;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	static ConditionForm from(CooperationCondition condition) {
		ConditionForm form = new ConditionForm();
		form.sending = condition.getSendingInstitution().getId();
		form.receiving = condition.getReceivingInstitution().getId();
		form.mobilityKind = condition.getMobilityKind();
		form.placesPerYear = condition.getPlacesPerYear();
		form.durationAmount = condition.getDurationAmount();
		form.durationUnit = condition.getDurationUnit();
		form.firstAcademicYear = condition.getFirstAcademicYear();
		form.lastAcademicYear = condition.getLastAcademicYear();
		form.studyLevel = condition.getStudyLevel();
		form.iscedCodes = condition.getIscedCodes();
		form.cefrLevel = condition.getCefrLevel();
		form.note = condition.getNote();
		form.version = condition.getVersion();
		return form;
	}

	/** ISCED-F codes as typed ("0613 0714;0413") written one way: "0413, 0613, 0714". */
	static String tidyCodes(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return Arrays.stream(typed.strip().split("[,;\\s]+"))
			.filter((code) -> !code.isEmpty())
			.distinct()
			.sorted()
			.collect(Collectors.joining(", "));
	}

	/**
	 * Field label keys and shown values, for conflicts; the institutions are named by the
	 * given parties.
	 */
	Map<String, String> fields(Map<Long, Institution> parties) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("condition.sending", name(parties, this.sending));
		fields.put("condition.receiving", name(parties, this.receiving));
		fields.put("condition.kind", Objects.toString(this.mobilityKind, null));
		fields.put("condition.places", Objects.toString(this.placesPerYear, null));
		fields.put("condition.duration",
				(this.durationAmount != null) ? this.durationAmount + " " + this.durationUnit : null);
		fields.put("condition.firstYear", Objects.toString(this.firstAcademicYear, null));
		fields.put("condition.lastYear", Objects.toString(this.lastAcademicYear, null));
		fields.put("condition.level", Objects.toString(this.studyLevel, null));
		fields.put("condition.isced", tidyCodes(this.iscedCodes));
		fields.put("condition.cefr", this.cefrLevel);
		fields.put("common.note", this.note);
		return fields;
	}

	private static String name(Map<Long, Institution> parties, Long id) {
		Institution institution = (id != null) ? parties.get(id) : null;
		return (institution != null) ? institution.getNameEn() : null;
	}

}
