package org.accord.condition;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.accord.agreement.Agreement;
import org.accord.institution.Institution;

/**
 * What an agreement lets one party send to another each year for one kind of mobility:
 * places, length, academic years, level, subject areas (ISCED-F) and recommended language
 * level (CEFR).
 */
@Entity
public class CooperationCondition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Agreement agreement;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution sendingInstitution;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution receivingInstitution;

	@Enumerated(EnumType.STRING)
	private MobilityKind mobilityKind;

	private Integer placesPerYear;

	private Integer durationAmount;

	@Enumerated(EnumType.STRING)
	private DurationUnit durationUnit;

	private Integer firstAcademicYear;

	private Integer lastAcademicYear;

	@Enumerated(EnumType.STRING)
	private StudyLevel studyLevel;

	private String iscedCodes;

	private String cefrLevel;

	private String note;

	@Version
	private long version;

	protected CooperationCondition() {
	}

	CooperationCondition(Agreement agreement, ConditionForm form, Institution sending, Institution receiving) {
		this.agreement = agreement;
		update(form, sending, receiving);
	}

	void update(ConditionForm form, Institution sending, Institution receiving) {
		this.sendingInstitution = sending;
		this.receivingInstitution = receiving;
		this.mobilityKind = form.getMobilityKind();
		this.placesPerYear = form.getPlacesPerYear();
		this.durationAmount = form.getDurationAmount();
		this.durationUnit = (form.getDurationAmount() != null) ? form.getDurationUnit() : null;
		this.firstAcademicYear = form.getFirstAcademicYear();
		this.lastAcademicYear = form.getLastAcademicYear();
		this.studyLevel = form.getStudyLevel();
		this.iscedCodes = ConditionForm.tidyCodes(form.getIscedCodes());
		this.cefrLevel = (form.getCefrLevel() == null || form.getCefrLevel().isBlank()) ? null : form.getCefrLevel();
		this.note = (form.getNote() == null || form.getNote().isBlank()) ? null : form.getNote().strip();
	}

	public Long getId() {
		return this.id;
	}

	public Agreement getAgreement() {
		return this.agreement;
	}

	public Institution getSendingInstitution() {
		return this.sendingInstitution;
	}

	public Institution getReceivingInstitution() {
		return this.receivingInstitution;
	}

	public MobilityKind getMobilityKind() {
		return this.mobilityKind;
	}

	public Integer getPlacesPerYear() {
		return this.placesPerYear;
	}

	public Integer getDurationAmount() {
		return this.durationAmount;
	}

	public DurationUnit getDurationUnit() {
		return this.durationUnit;
	}

	public Integer getFirstAcademicYear() {
		return this.firstAcademicYear;
	}

	public Integer getLastAcademicYear() {
		return this.lastAcademicYear;
	}

	/** "2025/26 – 2029/30", "from 2025/26", "until 2029/30", or null. */
	public String getAcademicYears() {
		if (this.firstAcademicYear == null && this.lastAcademicYear == null) {
			return null;
		}
		if (this.lastAcademicYear == null) {
			return academicYear(this.firstAcademicYear) + " –";
		}
		if (this.firstAcademicYear == null) {
			return "– " + academicYear(this.lastAcademicYear);
		}
		return academicYear(this.firstAcademicYear) + " – " + academicYear(this.lastAcademicYear);
	}

	static String academicYear(int startYear) {
		return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
	}

	public StudyLevel getStudyLevel() {
		return this.studyLevel;
	}

	public String getIscedCodes() {
		return this.iscedCodes;
	}

	public String getCefrLevel() {
		return this.cefrLevel;
	}

	public String getNote() {
		return this.note;
	}

	public long getVersion() {
		return this.version;
	}

}
