package org.accord.contact;

import jakarta.persistence.criteria.JoinType;
import org.accord.model.SearchText;

import org.springframework.data.jpa.domain.Specification;

/**
 * How people are found by text: by their names and role, or their institution's names.
 */
public final class PersonSearch {

	private PersonSearch() {
	}

	/**
	 * People in use whose search document (their names, role and institution's names)
	 * matches the text; best matches first, their institution fetched with them. For a
	 * slice: no count query can carry the fetch.
	 */
	public static Specification<Person> matching(String text) {
		return (root, query, cb) -> {
			root.fetch("institution", JoinType.LEFT);
			query.orderBy(cb.desc(SearchText.rank(root, cb, text)), cb.asc(root.get("name")), cb.asc(root.get("id")));
			// The document holds the institution's names too (migration V13).
			return cb.and(cb.isNull(root.get("archivedAt")), SearchText.matches(root, cb, text));
		};
	}

}
