package org.accord.person;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import org.accord.institution.Institution;
import org.accord.model.SearchText;

import org.springframework.data.jpa.domain.Specification;

/** How people are found by text: by their own names and role, or their institution's. */
public final class PersonSearch {

	private PersonSearch() {
	}

	/**
	 * People in use whose search document, or whose institution's, matches the text; best
	 * matches first, their institution fetched with them. For a slice: no count query can
	 * carry the fetch.
	 */
	public static Specification<Person> matching(String text) {
		return (root, query, cb) -> {
			// Hibernate's fetches are joins too: one join both fetches and matches.
			Join<Person, Institution> institution = (Join<Person, Institution>) root
				.<Person, Institution>fetch("institution", JoinType.LEFT);
			query.orderBy(
					cb.desc(cb.function("greatest", Float.class, SearchText.rank(root, cb, text),
							cb.coalesce(SearchText.rank(institution, cb, text), 0f))),
					cb.asc(root.get("name")), cb.asc(root.get("id")));
			return cb.and(cb.isNull(root.get("archivedAt")),
					cb.or(SearchText.matches(root, cb, text), SearchText.matches(institution, cb, text)));
		};
	}

}
