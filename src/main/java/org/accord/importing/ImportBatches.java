package org.accord.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.accord.record.RecordNotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the import's steps share: a batch by id, its file, each kind's importer, a change
 * of the batch in a transaction of its own, and the planner setting of long imports.
 */
@Component
class ImportBatches {

	private final Map<ImportKind, RowImporter> importers = new EnumMap<>(ImportKind.class);

	private final ImportBatchRepository batches;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	ImportBatches(List<RowImporter> importers, ImportBatchRepository batches, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		importers.forEach((importer) -> this.importers.put(importer.kind(), importer));
		this.batches = batches;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	RowImporter importer(ImportKind kind) {
		return this.importers.get(kind);
	}

	ImportBatch batch(Long id) {
		return this.batches.findById(id).orElseThrow(() -> new RecordNotFoundException("import", id));
	}

	byte[] content(Long id) {
		return this.jdbc.queryForObject("select content from import_file where batch_id = ?", byte[].class, id);
	}

	/** Changes the batch in a transaction of its own. */
	void finish(Long id, Consumer<ImportBatch> change) {
		this.transaction.executeWithoutResult((status) -> change.accept(batch(id)));
	}

	/**
	 * A long import repeats the same look-ups while the tables grow inside its
	 * transaction: a plan made for the first rows (when a table looked empty) must not
	 * serve the last.
	 */
	void planEachQuery() {
		this.jdbc.execute("set local plan_cache_mode = force_custom_plan");
	}

}
