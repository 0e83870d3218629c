package org.accord.agreement;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * What the office decided about an agreement that is approaching its valid-until date.
 */
@Entity
public class RenewalDecision {

	public enum Choice {

		RENEW, REVISE, LET_LAPSE;

		public String getMessageKey() {
			return "renewal.choice." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long agreementId;

	@Enumerated(EnumType.STRING)
	private Choice decision;

	private String reason;

	private String decidedBy;

	private Instant decidedAt;

	protected RenewalDecision() {
	}

	RenewalDecision(Long agreementId, Choice decision, String reason, String decidedBy, Instant decidedAt) {
		this.agreementId = agreementId;
		this.decision = decision;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public Long getAgreementId() {
		return this.agreementId;
	}

	public Choice getDecision() {
		return this.decision;
	}

	public String getReason() {
		return this.reason;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
