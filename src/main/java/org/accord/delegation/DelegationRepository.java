package org.accord.delegation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface DelegationRepository extends JpaRepository<Delegation, Long>, JpaSpecificationExecutor<Delegation> {

	@Override
	@EntityGraph(attributePaths = "homeInstitution")
	Page<Delegation> findAll(Specification<Delegation> spec, Pageable pageable);

	long countByArchivedAtIsNull();

	@EntityGraph(attributePaths = { "homeInstitution", "participants", "source" })
	Optional<Delegation> findWithDetailsById(Long id);

	// fk(): on the foreign-key column, not through the fetched join (see
	// OfficeRepository.findInvolving).
	@Query("""
			select d from Delegation d join fetch d.homeInstitution
			where fk(d.homeInstitution) = :institutionId
			   or exists (select 1 from Delegation x join x.participants p where x = d and p.id = :institutionId)
			order by d.startsOn desc, d.id""")
	List<Delegation> findInvolving(Long institutionId, Pageable pageable);

	@EntityGraph(attributePaths = "homeInstitution")
	List<Delegation> findBySourceIdOrderByStartsOn(Long sourceId, Limit limit);

	@EntityGraph(attributePaths = "homeInstitution")
	@Query("select d from Delegation d order by d.startsOn desc, d.id desc")
	List<Delegation> findLatest(Pageable pageable);

}
