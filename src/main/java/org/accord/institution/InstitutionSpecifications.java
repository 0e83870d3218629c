package org.accord.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
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

	static Specification<Institution> matching(InstitutionFilter filter, AgreementPartners partners) {
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
				all.add(partners.sharesAnAgreementWith(root, query, cb, filter.partnerOf()));
			}
			if (!filter.includesArchived()) {
				all.add(cb.isNull(root.get("archivedAt")));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

}
