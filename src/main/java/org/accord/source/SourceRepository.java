package org.accord.source;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends JpaRepository<Source, Long>, JpaSpecificationExecutor<Source> {

	/** How many records of each kind cite each source, for the sources list. */
	@Query(nativeQuery = true, value = """
			select s.id as sourceId,
			       (select count(*) from institution x where x.source_id = s.id)
			     + (select count(*) from agreement x where x.source_id = s.id)
			     + (select count(*) from office x where x.source_id = s.id)
			     + (select count(*) from delegation x where x.source_id = s.id)
			     + (select count(*) from exchange_statistic x where x.source_id = s.id)
			     + (select count(*) from person x where x.source_id = s.id) as records
			from source s where s.id in (:ids)""")
	List<RecordCount> countRecords(List<Long> ids);

	interface RecordCount {

		Long getSourceId();

		long getRecords();

	}

}
