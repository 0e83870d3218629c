package org.accord.delegation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import org.accord.institution.Institution;
import org.accord.model.Approximation;
import org.accord.source.SourcedRecord;

/** A visit, a delegation or a hosted exchange event. */
@Entity
public class Delegation extends SourcedRecord {

	private String title;

	private LocalDate startsOn;

	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	private Format format;

	private String leaderName;

	private String leaderTitle;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution homeInstitution;

	/** Institutions visited by the delegation, or taking part in the event. */
	@ManyToMany
	@JoinTable(name = "delegation_participant", joinColumns = @JoinColumn(name = "delegation_id"),
			inverseJoinColumns = @JoinColumn(name = "institution_id"))
	@OrderBy("nameEn")
	private Set<Institution> participants = new LinkedHashSet<>();

	private Integer participantCount;

	@Enumerated(EnumType.STRING)
	private Approximation participantApproximation = Approximation.EXACT;

	private String summary;

	private String sourceNote;

	/**
	 * Written by the database (migration V13's trigger) for search; never by the portal.
	 */
	@Column(insertable = false, updatable = false)
	private String searchNames;

	@Column(insertable = false, updatable = false)
	private String searchDocument;

	protected Delegation() {
	}

	Delegation(DelegationForm form, Institution home, List<Institution> participants) {
		update(form, home, participants);
	}

	void update(DelegationForm form, Institution home, List<Institution> participants) {
		this.title = form.getTitle().strip();
		this.startsOn = form.getStartsOn();
		this.endsOn = form.getEndsOn();
		this.direction = form.getDirection();
		this.format = form.getFormat();
		this.leaderName = tidy(form.getLeaderName());
		this.leaderTitle = tidy(form.getLeaderTitle());
		this.homeInstitution = home;
		this.participants.clear();
		this.participants.addAll(participants);
		this.participantCount = form.getParticipantCount();
		this.participantApproximation = (form.getParticipantApproximation() != null)
				? form.getParticipantApproximation() : Approximation.EXACT;
		this.summary = tidy(form.getSummary());
		this.sourceNote = tidy(form.getSourceNote());
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public boolean isSingleDay() {
		return this.endsOn == null || this.endsOn.equals(this.startsOn);
	}

	public Direction getDirection() {
		return this.direction;
	}

	public Format getFormat() {
		return this.format;
	}

	public String getLeaderName() {
		return this.leaderName;
	}

	public String getLeaderTitle() {
		return this.leaderTitle;
	}

	public Institution getHomeInstitution() {
		return this.homeInstitution;
	}

	public Set<Institution> getParticipants() {
		return this.participants;
	}

	public Integer getParticipantCount() {
		return this.participantCount;
	}

	public Approximation getParticipantApproximation() {
		return this.participantApproximation;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

}
