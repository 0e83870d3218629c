package org.accord.delegation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface DelegationRepository extends JpaRepository<Delegation, Long>, JpaSpecificationExecutor<Delegation> {

	long countByArchivedAtIsNull();

	// Fetches as joins in the query, not @EntityGraph (see InstitutionRepository).
	@Query("""
			select d from Delegation d join fetch d.homeInstitution left join fetch d.participants
			  left join fetch d.source
			where d.id = :id""")
	Optional<Delegation> findWithDetailsById(Long id);

	// The latest delegations sent by the institution and the latest it took part in, each
	// read through its own index and limited, then merged: with "home = :id or exists
	// (participant)" PostgreSQL walked all delegations by date (200 ms for an institution
	// with none) or built the busiest partner's 2,271 participations every time (8 ms).
	// fk(): on the foreign-key column, not through a join (see
	// OfficeRepository.findInvolving).
	@Query("""
			select d from Delegation d join fetch d.homeInstitution
			where d.id in (
			    (select x.id from Delegation x where fk(x.homeInstitution) = :institutionId
			     order by x.startsOn desc, x.id limit :rows)
			    union all
			    (select x.id from Delegation x join x.participants p where p.id = :institutionId
			     order by x.startsOn desc, x.id limit :rows))
			order by d.startsOn desc, d.id limit :rows""")
	List<Delegation> findInvolving(Long institutionId, int rows);

	@Query("select d from Delegation d join fetch d.homeInstitution where d.source.id = :sourceId order by d.startsOn")
	List<Delegation> findBySourceIdOrderByStartsOn(Long sourceId, Limit limit);

	@Query("select d from Delegation d join fetch d.homeInstitution order by d.startsOn desc, d.id desc")
	List<Delegation> findLatest(Pageable pageable);

}
