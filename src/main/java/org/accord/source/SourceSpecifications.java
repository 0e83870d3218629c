package org.accord.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.accord.model.SearchText;

import org.springframework.data.jpa.domain.Specification;

final class SourceSpecifications {

	private SourceSpecifications() {
	}

	static Specification<Source> matching(SourceFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!SearchText.isEmpty(filter.q())) {
				all.add(SearchText.matches(root, cb, filter.q()));
			}
			if (filter.year() != null) {
				all.add(cb.between(root.get("publishedOn"), LocalDate.of(filter.year(), 1, 1),
						LocalDate.of(filter.year(), 12, 31)));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

}
