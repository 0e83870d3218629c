package org.accord.history;

import java.util.List;

import org.springframework.data.repository.Repository;

interface RecordChangeRepository extends Repository<RecordChange, Long> {

	RecordChange save(RecordChange change);

	List<RecordChange> findByRecordTypeAndRecordIdOrderByChangedAtDescIdDesc(RecordType type, Long id);

}
