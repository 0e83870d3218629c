package org.accord.institution;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Whether an institution shares a current agreement with another: the institutions list's
 * "partners of" filter. Declared here and answered by the agreement package, which knows
 * agreements, so that institutions do not depend on the records above them.
 */
public interface AgreementPartners {

	/**
	 * The institution at {@code institution} is a party to a current (not archived)
	 * agreement with the institution {@code other}.
	 */
	Predicate sharesAnAgreementWith(Root<Institution> institution, CriteriaQuery<?> query, CriteriaBuilder cb,
			Long other);

}
