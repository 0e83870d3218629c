package org.accord.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.accord.country.Countries;
import org.accord.model.SearchText;

import org.springframework.data.jpa.domain.Specification;

final class OfficeSpecifications {

	private OfficeSpecifications() {
	}

	static Specification<Office> matching(OfficeFilter filter) {
		String country = Countries.filterValue(filter.country());
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!SearchText.isEmpty(filter.q())) {
				// The document holds the owner's and the host's names too.
				all.add(SearchText.matches(root, cb, filter.q()));
			}
			if (country != null) {
				all.add(cb.equal(root.get("countryCode"), country));
			}
			if (filter.owner() != null) {
				all.add(cb.equal(root.get("owner").get("id"), filter.owner()));
			}
			if (!filter.includesArchived()) {
				all.add(cb.isNull(root.get("archivedAt")));
			}
			if (filter.year() != null) {
				LocalDate from = LocalDate.of(filter.year(), 1, 1);
				all.add(cb.between(root.get("opened").get("date"), from, from.plusYears(1).minusDays(1)));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

}
