package org.accord.delegation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.accord.institution.Institution;
import org.accord.model.Approximation;
import org.accord.source.Source;

/** A visit, a delegation or a hosted exchange event. */
@Entity
public class Delegation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	private String sourceNote;

	@Version
	private long version;

	protected Delegation() {
	}

	public Long getId() {
		return this.id;
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

	public Source getSource() {
		return this.source;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

}
