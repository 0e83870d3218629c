package org.accord.institution;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import org.accord.country.Countries;
import org.accord.model.SearchText;

import org.springframework.data.jpa.domain.Specification;

/**
 * How institutions are found by text; the other lists use {@link #nameMatches} for their
 * parties.
 */
public final class InstitutionSpecifications {

	private InstitutionSpecifications() {
	}

	/**
	 * True when the institution's search document matches the text: its names in any
	 * script (pinyin too), acronym, alternative names, city or country name in English,
	 * Chinese or Japanese.
	 */
	public static Predicate nameMatches(Path<Institution> institution, CriteriaBuilder cb, String text) {
		return SearchText.matches(institution, cb, text);
	}

	/**
	 * Institutions in use whose names, acronym, alternative names, city or country
	 * contain the text as typed: no typo tolerance, for resolving a name typed into a
	 * form.
	 */
	static Specification<Institution> containing(String text) {
		return (root, query, cb) -> cb.and(cb.isNull(root.get("archivedAt")), SearchText.contains(root, cb, text));
	}

	static Specification<Institution> matching(InstitutionFilter filter, AgreementPartners partners) {
		String country = Countries.filterValue(filter.country());
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!SearchText.isEmpty(filter.q())) {
				all.add(nameMatches(root, cb, filter.q()));
			}
			if (country != null) {
				all.add(cb.equal(root.get("countryCode"), country));
			}
			if (filter.kind() != null) {
				all.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (Boolean.TRUE.equals(filter.partner())) {
				all.add(cb.isFalse(root.get("home")));
			}
			if (filter.partnerOf() != null) {
				all.add(partners.sharesAnAgreementWith(root, query, cb, filter.partnerOf()));
			}
			if (!filter.includesArchived()) {
				all.add(cb.isNull(root.get("archivedAt")));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

}
