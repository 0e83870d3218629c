package org.accord.institution;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PartnershipRepository extends Repository<Partnership, Long> {

	// fk(): on the foreign-key columns, not through the fetched joins (see
	// OfficeRepository.findInvolving).
	@Query("""
			select p from Partnership p join fetch p.institution join fetch p.partner left join fetch p.source
			where fk(p.institution) = :institutionId or fk(p.partner) = :institutionId
			order by p.established.date nulls last, p.id""")
	List<Partnership> findInvolving(Long institutionId);

}
