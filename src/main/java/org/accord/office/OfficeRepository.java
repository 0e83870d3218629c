package org.accord.office;

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

public interface OfficeRepository extends JpaRepository<Office, Long>, JpaSpecificationExecutor<Office> {

	@Override
	@EntityGraph(attributePaths = { "owner", "host" })
	Page<Office> findAll(Specification<Office> spec, Pageable pageable);

	long countByArchivedAtIsNull();

	@EntityGraph(attributePaths = { "owner", "host", "agreement", "source" })
	Optional<Office> findWithDetailsById(Long id);

	@Query("""
			select o from Office o join fetch o.owner left join fetch o.host
			where o.owner.id = :institutionId or o.host.id = :institutionId
			order by o.opened.date nulls last, o.name""")
	List<Office> findInvolving(Long institutionId, Pageable pageable);

	@EntityGraph(attributePaths = { "owner", "host" })
	List<Office> findByAgreementIdOrderByName(Long agreementId);

	@EntityGraph(attributePaths = { "owner", "host" })
	List<Office> findBySourceIdOrderByName(Long sourceId, Limit limit);

}
