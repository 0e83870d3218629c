package org.accord.agreement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.accord.delegation.Delegation;
import org.accord.institution.Institution;
import org.accord.model.PartialDate;
import org.accord.source.SourcedRecord;

/** A cooperation agreement between two or more institutions. */
@Entity
public class Agreement extends SourcedRecord {

	private String reference;

	@Enumerated(EnumType.STRING)
	private AgreementKind kind;

	private String title;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "signed_date")),
			@AttributeOverride(name = "precision", column = @Column(name = "signed_precision")) })
	private PartialDate signed;

	private LocalDate validFrom;

	private LocalDate validUntil;

	private String summary;

	@ManyToMany
	@JoinTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"),
			inverseJoinColumns = @JoinColumn(name = "institution_id"))
	@OrderBy("nameEn")
	private Set<Institution> parties = new LinkedHashSet<>();

	/**
	 * A set, not a list: fetched together with the parties, a list would repeat each
	 * signatory per party.
	 */
	@OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private Set<Signatory> signatories = new LinkedHashSet<>();

	/** The delegation or event during which the agreement was signed or negotiated. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Delegation delegation;

	private String sourceNote;

	/** The agreement this one renews. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Agreement predecessor;

	private LocalDate terminatedOn;

	private String terminationReason;

	/**
	 * Written by the database (migration V13's trigger) for search; never by the portal.
	 */
	@Column(insertable = false, updatable = false)
	private String searchNames;

	@Column(insertable = false, updatable = false)
	private String searchDocument;

	protected Agreement() {
	}

	Agreement(String reference) {
		this.reference = reference;
	}

	/** Takes the form's values; parties and signatories replace the old ones. */
	void update(AgreementForm form, PartialDate signed, List<Institution> parties, List<Signatory> signatories) {
		this.kind = form.getKind();
		this.title = tidy(form.getTitle());
		this.status = form.getStatus();
		this.signed = signed;
		this.validFrom = form.getValidFrom();
		this.validUntil = form.getValidUntil();
		this.summary = tidy(form.getSummary());
		this.sourceNote = tidy(form.getSourceNote());
		this.parties.clear();
		this.parties.addAll(parties);
		this.signatories.clear();
		int position = 1;
		for (Signatory signatory : signatories) {
			signatory.attach(this, position++);
			this.signatories.add(signatory);
		}
	}

	/**
	 * Why this agreement cannot be activated now (a message key), or null: only a signed
	 * draft or agreement in negotiation becomes active; a terminated one is not revived.
	 */
	String whyNotActivate() {
		if (this.status != AgreementStatus.DRAFT && this.status != AgreementStatus.IN_NEGOTIATION) {
			return "agreement.lifecycle.notDraft";
		}
		return (this.signed == null) ? "agreement.activate.needsSigned" : null;
	}

	/**
	 * Why this agreement cannot be terminated now, or null: a termination is not
	 * overwritten.
	 */
	String whyNotTerminate() {
		return (this.status == AgreementStatus.TERMINATED) ? "agreement.lifecycle.terminatedAlready" : null;
	}

	void activate() {
		requireAllowed(whyNotActivate());
		this.status = AgreementStatus.ACTIVE;
	}

	void terminate(LocalDate on, String reason) {
		requireAllowed(whyNotTerminate());
		this.status = AgreementStatus.TERMINATED;
		this.terminatedOn = on;
		this.terminationReason = reason.strip();
	}

	/**
	 * A draft successor with the same kind, title, parties and summary, valid from the
	 * given day; this agreement ends the day before, unless it ends earlier already.
	 */
	Agreement renew(String reference, LocalDate from, LocalDate until, boolean renewedAlready) {
		requireAllowed(whyNotRenew(renewedAlready));
		Agreement successor = new Agreement(reference);
		successor.kind = this.kind;
		successor.title = this.title;
		successor.status = AgreementStatus.DRAFT;
		successor.summary = this.summary;
		successor.validFrom = from;
		successor.validUntil = until;
		successor.parties.addAll(this.parties);
		successor.predecessor = this;
		LocalDate lastDay = from.minusDays(1);
		if (this.validUntil == null || this.validUntil.isAfter(lastDay)) {
			this.validUntil = lastDay;
		}
		return successor;
	}

	/**
	 * Why this agreement cannot be renewed now, or null: once, and not after termination.
	 */
	String whyNotRenew(boolean renewedAlready) {
		return renewedAlready ? "agreement.lifecycle.renewedAlready" : whyNotTerminate();
	}

	private static void requireAllowed(String why) {
		if (why != null) {
			throw new LifecycleRefused(why);
		}
	}

	public Agreement getPredecessor() {
		return this.predecessor;
	}

	public LocalDate getTerminatedOn() {
		return this.terminatedOn;
	}

	public String getTerminationReason() {
		return this.terminationReason;
	}

	public String getReference() {
		return this.reference;
	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public AgreementStatus getStatus() {
		return this.status;
	}

	/**
	 * The status as of today: an active agreement whose validity has ended is expired,
	 * without anyone editing it.
	 */
	public AgreementStatus getCurrentStatus() {
		return statusOn(LocalDate.now());
	}

	AgreementStatus statusOn(LocalDate day) {
		if (this.status == AgreementStatus.ACTIVE && this.validUntil != null && this.validUntil.isBefore(day)) {
			return AgreementStatus.EXPIRED;
		}
		return this.status;
	}

	public PartialDate getSigned() {
		return this.signed;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public String getSummary() {
		return this.summary;
	}

	public Set<Institution> getParties() {
		return this.parties;
	}

	public Set<Signatory> getSignatories() {
		return this.signatories;
	}

	public List<Signatory> signatoriesFor(Institution party) {
		return this.signatories.stream().filter((s) -> s.getInstitution().getId().equals(party.getId())).toList();
	}

	public Delegation getDelegation() {
		return this.delegation;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

}
