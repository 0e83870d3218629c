package org.accord.agreement;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.accord.institution.AgreementPartners;
import org.accord.institution.Institution;

import org.springframework.stereotype.Component;

/** The institutions list's "partners of" filter, as a subquery over agreements. */
@Component
class AgreementPartnersCriteria implements AgreementPartners {

	@Override
	public Predicate sharesAnAgreementWith(Root<Institution> institution, CriteriaQuery<?> query, CriteriaBuilder cb,
			Long other) {
		Subquery<Long> agreements = query.subquery(Long.class);
		Root<Agreement> agreement = agreements.from(Agreement.class);
		Join<Agreement, Institution> party = agreement.join("parties");
		Join<Agreement, Institution> otherParty = agreement.join("parties");
		agreements.select(agreement.get("id"))
			.where(cb.equal(party, institution), cb.equal(otherParty.get("id"), other),
					cb.isNull(agreement.get("archivedAt")));
		return cb.exists(agreements);
	}

}
