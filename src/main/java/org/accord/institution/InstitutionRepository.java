package org.accord.institution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface InstitutionRepository extends JpaRepository<Institution, Long>, JpaSpecificationExecutor<Institution> {

	@EntityGraph(attributePaths = { "source", "members", "alliances" })
	Optional<Institution> findWithDetailsById(Long id);

	@Query("select distinct i.countryCode from Institution i")
	List<String> findCountryCodes();

	List<Institution> findBySourceIdOrderByNameEn(Long sourceId);

}
