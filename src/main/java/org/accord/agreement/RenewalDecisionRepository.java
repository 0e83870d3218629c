package org.accord.agreement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RenewalDecisionRepository extends Repository<RenewalDecision, Long> {

	RenewalDecision save(RenewalDecision decision);

	/** The latest decision about each of the agreements. */
	@Query("""
			select d from RenewalDecision d where d.agreementId in :agreementIds and d.decidedAt =
			    (select max(x.decidedAt) from RenewalDecision x where x.agreementId = d.agreementId)""")
	List<RenewalDecision> findLatest(Collection<Long> agreementIds);

}
