package org.accord.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.accord.institution.Institution;
import org.accord.model.Approximation;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The delegation form; the home institution and the institutions visited are typed by
 * name.
 */
public class DelegationForm {

	static final int MIN_ROWS = 3;

	@NotBlank
	@Size(max = 500)
	private String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@NotNull
	private Direction direction;

	@NotNull
	private Format format;

	@Size(max = 200)
	private String leaderName;

	@Size(max = 300)
	private String leaderTitle;

	@NotBlank
	@Size(max = 300)
	private String home;

	private List<@Size(max = 300) String> participants = new ArrayList<>();

	@PositiveOrZero
	@Max(1_000_000)
	private Integer participantCount;

	@NotNull
	private Approximation participantApproximation = Approximation.EXACT;

	@Size(max = 10000)
	private String summary;

	@Size(max = 500)
	private String sourceNote;

	private Long version;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public void setDirection(Direction direction) {
		this.direction = direction;
	}

	public Format getFormat() {
		return this.format;
	}

	public void setFormat(Format format) {
		this.format = format;
	}

	public String getLeaderName() {
		return this.leaderName;
	}

	public void setLeaderName(String leaderName) {
		this.leaderName = leaderName;
	}

	public String getLeaderTitle() {
		return this.leaderTitle;
	}

	public void setLeaderTitle(String leaderTitle) {
		this.leaderTitle = leaderTitle;
	}

	public String getHome() {
		return this.home;
	}

	public void setHome(String home) {
		this.home = home;
	}

	public List<@Size(max = 300) String> getParticipants() {
		return this.participants;
	}

	public void setParticipants(List<@Size(max = 300) String> participants) {
		this.participants = participants;
	}

	public Integer getParticipantCount() {
		return this.participantCount;
	}

	public void setParticipantCount(Integer participantCount) {
		this.participantCount = participantCount;
	}

	public Approximation getParticipantApproximation() {
		return this.participantApproximation;
	}

	public void setParticipantApproximation(Approximation participantApproximation) {
		this.participantApproximation = participantApproximation;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
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

	static DelegationForm empty() {
		DelegationForm form = new DelegationForm();
		form.direction = Direction.OUTBOUND_VISIT;
		form.format = Format.IN_PERSON;
		return form.withRows();
	}

	static DelegationForm from(Delegation d) {
		DelegationForm form = new DelegationForm();
		form.title = d.getTitle();
		form.startsOn = d.getStartsOn();
		form.endsOn = d.getEndsOn();
		form.direction = d.getDirection();
		form.format = d.getFormat();
		form.leaderName = d.getLeaderName();
		form.leaderTitle = d.getLeaderTitle();
		form.home = d.getHomeInstitution().getNameEn();
		form.participants = d.getParticipants().stream().map(Institution::getNameEn).collect(Collectors.toList());
		form.participantCount = d.getParticipantCount();
		form.participantApproximation = d.getParticipantApproximation();
		form.summary = d.getSummary();
		form.sourceNote = d.getSourceNote();
		form.version = d.getVersion();
		return form.withRows();
	}

	/**
	 * Drops blank participant rows and leaves one blank more, at least {@link #MIN_ROWS}.
	 */
	DelegationForm withRows() {
		List<String> rows = new ArrayList<>(typedParticipants());
		int count = Math.max(MIN_ROWS, rows.size() + 1);
		while (rows.size() < count) {
			rows.add(null);
		}
		this.participants = rows;
		return this;
	}

	List<String> typedParticipants() {
		return this.participants.stream().filter((p) -> p != null && !p.isBlank()).map(String::strip).toList();
	}

	/** Field label keys and shown values, for history and for conflicts. */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("delegation.delegationTitle", this.title);
		fields.put("delegation.startsOn", (this.startsOn != null) ? this.startsOn.toString() : null);
		fields.put("delegation.endsOn", (this.endsOn != null) ? this.endsOn.toString() : null);
		fields.put("delegation.directionLabel", (this.direction != null) ? this.direction.name() : null);
		fields.put("delegation.formatLabel", (this.format != null) ? this.format.name() : null);
		fields.put("delegation.leader", join(this.leaderName, this.leaderTitle));
		fields.put("delegation.home", this.home);
		fields.put("delegation.participants", String.join("; ", typedParticipants()));
		fields.put("delegation.participantCount",
				(this.participantCount != null) ? this.participantApproximation + " " + this.participantCount : null);
		fields.put("common.summary", this.summary);
		fields.put("common.sourceNote", this.sourceNote);
		return fields;
	}

	private static String join(String name, String title) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return (title == null || title.isBlank()) ? name : name + ", " + title;
	}

}
