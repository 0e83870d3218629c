package org.accord.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accord.history.History;
import org.accord.history.RecordType;
import org.accord.record.FirstRows;
import org.accord.record.RecordNotFoundException;
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

	/**
	 * The agreements ending within {@code months} (and not sooner than the window
	 * before): the first of them, soonest first, and whether there are more.
	 */
	public record Window(int months, List<UpForRenewal> agreements, boolean more) {
	}

	public List<Window> upForRenewal() {
		LocalDate today = LocalDate.now(this.clock);
		List<FirstRows<Agreement>> ending = new ArrayList<>();
		LocalDate from = today;
		for (int months : HORIZONS) {
			LocalDate until = today.plusMonths(months);
			ending.add(FirstRows.of(this.agreements.findActiveEndingBetween(from, until, FirstRows.limit())));
			from = until.plusDays(1);
		}
		List<Agreement> all = ending.stream().flatMap((rows) -> rows.rows().stream()).toList();
		all.forEach((agreement) -> Hibernate.initialize(agreement.getParties()));
		Map<Long, RenewalDecision> latest = all.isEmpty() ? Map.of()
				: this.decisions.findLatest(all.stream().map(Agreement::getId).toList())
					.stream()
					.collect(Collectors.toMap(RenewalDecision::getAgreementId, Function.identity(), (a, b) -> a));
		List<Window> windows = new ArrayList<>();
		for (int i = 0; i < HORIZONS.length; i++) {
			int months = HORIZONS[i];
			windows.add(new Window(months, ending.get(i)
				.rows()
				.stream()
				.map((agreement) -> new UpForRenewal(agreement, months,
						ChronoUnit.DAYS.between(today, agreement.getValidUntil()), latest.get(agreement.getId())))
				.toList(), ending.get(i).more()));
		}
		return windows;
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void decide(Long agreementId, RenewalDecision.Choice choice, String reason) {
		if (!this.agreements.existsById(agreementId)) {
			throw new RecordNotFoundException("agreement", agreementId);
		}
		this.decisions.save(new RenewalDecision(agreementId, choice, reason.strip(),
				SecurityContextHolder.getContext().getAuthentication().getName(), this.clock.instant()));
		this.history.changed(RecordType.AGREEMENT, agreementId, Map.of(),
				Map.of("renewal.decision", choice.name() + ": " + reason.strip()));
	}

}
