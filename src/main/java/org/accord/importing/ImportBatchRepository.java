package org.accord.importing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

	List<ImportBatch> findTop20ByOrderByUploadedAtDesc();

}
