package org.accord.importing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

	List<ImportBatch> findTop20ByOrderByUploadedAtDesc();

	/** Work that a stopped portal left unfinished. */
	@Modifying
	@Query("update ImportBatch b set b.status = org.accord.importing.ImportBatch.Status.FAILED, "
			+ "b.message = :message where b.status in (org.accord.importing.ImportBatch.Status.CHECKING, "
			+ "org.accord.importing.ImportBatch.Status.IMPORTING)")
	int failUnfinished(String message);

}
