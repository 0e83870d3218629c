package org.accord.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.accord.country.Countries;
import org.accord.institution.Institution;
import org.accord.model.SearchText;

import org.springframework.data.jpa.domain.Specification;

final class DelegationSpecifications {

	private DelegationSpecifications() {
	}

	static Specification<Delegation> matching(DelegationFilter filter) {
		String country = Countries.filterValue(filter.country());
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!SearchText.isEmpty(filter.q())) {
				// The document holds the names of the home and visited institutions too.
				all.add(SearchText.matches(root, cb, filter.q()));
			}
			if (country != null) {
				all.add(involves(root, query, cb, (institution) -> cb.equal(institution.get("countryCode"), country)));
			}
			if (filter.direction() != null) {
				all.add(cb.equal(root.get("direction"), filter.direction()));
			}
			if (filter.format() != null) {
				all.add(cb.equal(root.get("format"), filter.format()));
			}
			if (filter.home() != null) {
				all.add(cb.equal(root.get("homeInstitution").get("id"), filter.home()));
			}
			if (!filter.includesArchived()) {
				all.add(cb.isNull(root.get("archivedAt")));
			}
			if (filter.year() != null) {
				LocalDate from = LocalDate.of(filter.year(), 1, 1);
				all.add(cb.between(root.get("startsOn"), from, from.plusYears(1).minusDays(1)));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	/** The home institution or one of the participants meets the condition. */
	private static Predicate involves(Root<Delegation> root, CriteriaQuery<?> query, CriteriaBuilder cb,
			Function<From<?, Institution>, Predicate> condition) {
		Subquery<Long> home = query.subquery(Long.class);
		Root<Institution> institution = home.from(Institution.class);
		home.select(institution.get("id"))
			.where(cb.equal(institution, root.get("homeInstitution")), condition.apply(institution));
		Subquery<Long> participating = query.subquery(Long.class);
		Root<Delegation> correlated = participating.correlate(root);
		Join<Delegation, Institution> participant = correlated.join("participants");
		participating.select(participant.get("id")).where(condition.apply(participant));
		return cb.or(cb.exists(home), cb.exists(participating));
	}

}
