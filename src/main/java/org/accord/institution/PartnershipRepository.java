package org.accord.institution;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PartnershipRepository extends Repository<Partnership, Long> {

	// fk(): the foreign-key columns themselves. Through the fetched joins, the "or" made
	// PostgreSQL join every row to its institutions before filtering (the partner page's
	// offices: 2 ms to run and 3 ms to plan, against 0.1 ms on the columns).
	@Query("""
			select p from Partnership p join fetch p.institution join fetch p.partner left join fetch p.source
			where fk(p.institution) = :institutionId or fk(p.partner) = :institutionId
			order by p.established.date nulls last, p.id""")
	List<Partnership> findInvolving(Long institutionId);

}
