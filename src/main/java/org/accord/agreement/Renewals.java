package org.accord.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accord.history.History;
import org.accord.history.RecordType;
import org.hibernate.Hibernate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements up for renewal: active ones whose valid-until date is within twelve months,
 * grouped by how soon (three, six, twelve months), each with the latest decision about
 * it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class Renewals {

	static final int[] HORIZONS = { 3, 6, 12 };

	private final AgreementRepository agreements;

	private final RenewalDecisionRepository decisions;

	private final History history;

	private final Clock clock;

	Renewals(AgreementRepository agreements, RenewalDecisionRepository decisions, History history, Clock clock) {
		this.agreements = agreements;
		this.decisions = decisions;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * One line of the list: the agreement, the months left (3, 6 or 12), and the latest
	 * decision.
	 */
	public record UpForRenewal(Agreement agreement, int horizon, long daysLeft, RenewalDecision decision) {
	}

	public List<UpForRenewal> upForRenewal() {
		LocalDate today = LocalDate.now(this.clock);
		List<Agreement> ending = this.agreements.findActiveEndingBetween(today, today.plusMonths(12));
		ending.forEach((agreement) -> Hibernate.initialize(agreement.getParties()));
		Map<Long, RenewalDecision> latest = ending.isEmpty() ? Map.of()
				: this.decisions.findLatest(ending.stream().map(Agreement::getId).toList())
					.stream()
					.collect(Collectors.toMap(RenewalDecision::getAgreementId, Function.identity(), (a, b) -> a));
		return ending.stream()
			.map((agreement) -> new UpForRenewal(agreement, horizon(today, agreement.getValidUntil()),
					ChronoUnit.DAYS.between(today, agreement.getValidUntil()), latest.get(agreement.getId())))
			.toList();
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void decide(Long agreementId, RenewalDecision.Choice choice, String reason) {
		if (!this.agreements.existsById(agreementId)) {
			throw new org.accord.web.RecordNotFoundException("agreement", agreementId);
		}
		this.decisions.save(new RenewalDecision(agreementId, choice, reason.strip(),
				SecurityContextHolder.getContext().getAuthentication().getName(), this.clock.instant()));
		this.history.changed(RecordType.AGREEMENT, agreementId, Map.of(),
				Map.of("renewal.decision", choice.name() + ": " + reason.strip()));
	}

	private static int horizon(LocalDate today, LocalDate validUntil) {
		for (int months : HORIZONS) {
			if (!validUntil.isAfter(today.plusMonths(months))) {
				return months;
			}
		}
		return 12;
	}

}
