package org.accord.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One sign-in, failed sign-in, lockout or account change; never updated or deleted. */
@Entity
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	/** Who did it: the signed-in user, or the name typed on the login page. */
	private String actor;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	/** The account it was done to, where that differs from the actor. */
	private String subject;

	private String detail;

	private String remoteAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, AuditAction action, String subject, String detail,
			String remoteAddress) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.subject = subject;
		this.detail = detail;
		this.remoteAddress = remoteAddress;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getRemoteAddress() {
		return this.remoteAddress;
	}

}
