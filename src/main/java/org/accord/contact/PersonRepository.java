package org.accord.contact;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PersonRepository extends Repository<Person, Long>, JpaSpecificationExecutor<Person> {

	Person save(Person person);

	void flush();

	@Query("select p from Person p left join fetch p.institution left join fetch p.source where p.id = :id")
	Optional<Person> findWithInstitutionById(Long id);

	@Query("select p from Person p where p.institution.id = :institutionId order by p.archivedAt desc nulls first, p.name")
	List<Person> findByInstitutionIdOrderByArchivedAtDescNameAsc(Long institutionId);

	@Query("""
			select p from Person p join fetch p.institution i
			where i.id in :institutionIds and p.archivedAt is null order by i.nameEn, p.name""")
	List<Person> findActiveAt(Collection<Long> institutionIds);

	@Query("select p from Person p left join fetch p.institution where p.source.id = :sourceId order by p.name")
	List<Person> findBySourceId(Long sourceId);

}
