package org.accord.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.accord.country.Countries;
import org.accord.institution.InstitutionSpecifications;
import org.accord.model.SearchText;

import org.springframework.data.jpa.domain.Specification;

final class StatisticSpecifications {

	private StatisticSpecifications() {
	}

	static Specification<ExchangeStatistic> matching(StatisticFilter filter) {
		String country = Countries.filterValue(filter.country());
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!SearchText.isEmpty(filter.q())) {
				String pattern = SearchText.containsPattern(filter.q());
				all.add(cb.or(InstitutionSpecifications.nameMatches(root.join("institution"), cb, filter.q()),
						InstitutionSpecifications.nameMatches(root.join("partnerInstitution", JoinType.LEFT), cb,
								filter.q()),
						cb.like(cb.lower(root.get("note")), pattern, SearchText.ESCAPE)));
			}
			if (country != null) {
				all.add(cb.equal(root.get("partnerCountryCode"), country));
			}
			if (!filter.includesArchived()) {
				all.add(cb.isNull(root.get("archivedAt")));
			}
			if (filter.measure() != null) {
				all.add(cb.equal(root.get("measure"), filter.measure()));
			}
			if (filter.year() != null) {
				all.add(cb.or(
						cb.and(cb.le(root.get("yearFrom"), filter.year()), cb.ge(root.get("yearTo"), filter.year())),
						cb.between(root.get("asOf").get("date"), LocalDate.of(filter.year(), 1, 1),
								LocalDate.of(filter.year(), 12, 31))));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

}
