package org.accord.institution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface InstitutionRepository extends JpaRepository<Institution, Long>, JpaSpecificationExecutor<Institution> {

	// Fetches are joins written in the query, not @EntityGraph: Hibernate translates a
	// query with an entity graph to SQL on every call (it cannot keep the translation),
	// and Spring Data first asks for a named graph, which costs three exceptions a call.
	@Query("""
			select i from Institution i left join fetch i.source left join fetch i.members
			  left join fetch i.alliances left join fetch i.alternativeNames
			where i.id = :id""")
	Optional<Institution> findWithDetailsById(Long id);

	long countByArchivedAtIsNull();

	List<Institution> findByHomeTrueAndArchivedAtIsNullOrderByNameEn();

	@Query("""
			select i from Institution i where i.archivedAt is null
			  and (lower(i.nameEn) = :text or lower(i.nameNative) = :text or lower(i.acronym) = :text)
			order by i.id""")
	List<Institution> findExactly(String text);

	@Query("select distinct i.countryCode from Institution i where i.archivedAt is null")
	List<String> findCountryCodes();

	List<Institution> findBySourceIdOrderByNameEn(Long sourceId, Limit limit);

	@Query("select i from Institution i where lower(i.nameEn) = lower(:name) and i.countryCode = :country order by i.id")
	List<Institution> findSameNameAndCountry(String name, String country);

}
