package org.accord.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.accord.country.Countries;
import org.accord.institution.Institution;
import org.accord.model.SearchText;

import org.springframework.data.jpa.domain.Specification;

final class AgreementSpecifications {

	private AgreementSpecifications() {
	}

	/** The agreements the filter asks for; a status is the status as of {@code today}. */
	static Specification<Agreement> matching(AgreementFilter filter, LocalDate today) {
		String country = Countries.filterValue(filter.country());
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!SearchText.isEmpty(filter.q())) {
				// The document holds the parties' names too (migration V13).
				all.add(SearchText.matches(root, cb, filter.q()));
			}
			if (country != null) {
				all.add(partyExists(root, query, cb, (party) -> cb.equal(party.get("countryCode"), country)));
			}
			if (filter.kind() != null) {
				all.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.status() != null) {
				all.add(currentStatusIs(root, cb, filter.status(), today));
			}
			if (!filter.includesArchived()) {
				all.add(cb.isNull(root.get("archivedAt")));
			}
			if (filter.year() != null) {
				LocalDate from = LocalDate.of(filter.year(), 1, 1);
				all.add(cb.between(root.get("signed").get("date"), from, from.plusYears(1).minusDays(1)));
			}
			if (filter.party() != null) {
				all.add(partyExists(root, query, cb, (party) -> cb.equal(party.get("id"), filter.party())));
			}
			if (filter.expiring() != null && filter.expiring() > 0 && filter.expiring() <= 120) {
				all.add(currentStatusIs(root, cb, AgreementStatus.ACTIVE, today));
				all.add(cb.lessThan(root.get("validUntil"), today.plusMonths(filter.expiring())));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	/**
	 * Active agreements past their valid-until date count as expired, as on their pages.
	 */
	private static Predicate currentStatusIs(Root<Agreement> root, CriteriaBuilder cb, AgreementStatus status,
			LocalDate today) {
		Predicate stored = cb.equal(root.get("status"), status);
		Predicate ended = cb.lessThan(root.get("validUntil"), today);
		Predicate activeAndEnded = cb.and(cb.equal(root.get("status"), AgreementStatus.ACTIVE), ended);
		return switch (status) {
			case ACTIVE -> cb.and(stored, cb.or(cb.isNull(root.get("validUntil")), cb.not(ended)));
			case EXPIRED -> cb.or(stored, activeAndEnded);
			default -> stored;
		};
	}

	private static Predicate partyExists(Root<Agreement> root, CriteriaQuery<?> query, CriteriaBuilder cb,
			Function<Join<Agreement, Institution>, Predicate> condition) {
		Subquery<Long> subquery = query.subquery(Long.class);
		Root<Agreement> correlated = subquery.correlate(root);
		Join<Agreement, Institution> party = correlated.join("parties");
		subquery.select(party.get("id")).where(condition.apply(party));
		return cb.exists(subquery);
	}

}
