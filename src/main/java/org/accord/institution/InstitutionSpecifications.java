package org.accord.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.accord.agreement.Agreement;
import org.accord.model.SearchText;
import org.accord.web.Countries;

import org.springframework.data.jpa.domain.Specification;

/**
 * How institutions are found by text; the other lists use {@link #nameMatches} for their
 * parties.
 */
public final class InstitutionSpecifications {

	private InstitutionSpecifications() {
	}

	/**
	 * True when the institution's English or own-script name, acronym or country name
	 * contains the text, ignoring case.
	 */
	public static Predicate nameMatches(Path<Institution> institution, CriteriaBuilder cb, String text) {
		String pattern = SearchText.containsPattern(text);
		List<Predicate> any = new ArrayList<>();
		any.add(cb.like(cb.lower(institution.get("nameEn")), pattern, SearchText.ESCAPE));
		any.add(cb.like(cb.lower(institution.get("nameNative")), pattern, SearchText.ESCAPE));
		any.add(cb.like(cb.lower(institution.get("acronym")), pattern, SearchText.ESCAPE));
		Set<String> countries = Countries.codesMatching(text);
		if (!countries.isEmpty()) {
			any.add(institution.get("countryCode").in(countries));
		}
		return cb.or(any.toArray(Predicate[]::new));
	}

	/**
	 * The institution is a party to a current (not archived) agreement with the other.
	 */
	private static Predicate sharesAnAgreementWith(Root<Institution> root, CriteriaQuery<?> query, CriteriaBuilder cb,
			Long other) {
		Subquery<Long> agreements = query.subquery(Long.class);
		Root<Agreement> agreement = agreements.from(Agreement.class);
		Join<Agreement, Institution> party = agreement.join("parties");
		Join<Agreement, Institution> otherParty = agreement.join("parties");
		agreements.select(agreement.get("id"))
			.where(cb.equal(party, root), cb.equal(otherParty.get("id"), other),
					cb.isNull(agreement.get("archivedAt")));
		return cb.exists(agreements);
	}

	static Specification<Institution> matching(InstitutionFilter filter) {
		String country = Countries.filterValue(filter.country());
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!SearchText.isEmpty(filter.q())) {
				String pattern = SearchText.containsPattern(filter.q());
				all.add(cb.or(nameMatches(root, cb, filter.q()),
						cb.like(cb.lower(root.get("city")), pattern, SearchText.ESCAPE)));
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
				all.add(sharesAnAgreementWith(root, query, cb, filter.partnerOf()));
			}
			if (!filter.includesArchived()) {
				all.add(cb.isNull(root.get("archivedAt")));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

}
