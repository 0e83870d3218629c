package org.accord.importing;

import java.sql.Array;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.accord.model.SearchWords;
import org.accord.source.SourceService;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second step, on the worker, once the uploader confirmed: every row is checked again
 * and written in one transaction, so that a file with any problem (or whose records
 * changed since the preview) changes nothing; the file is then recorded as the source of
 * what it wrote.
 */
@Component
class ImportApply {

	private static final int CHUNK = 100;

	private static final int ANALYZE_EVERY = 2_000;

	private final ImportBatches parts;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final EntityManager entityManager;

	private final MessageSource messages;

	private final ImportProgress progress;

	private final SourceService sources;

	private final Clock clock;

	private final SearchWords searchWords;

	ImportApply(ImportBatches parts, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			EntityManager entityManager, MessageSource messages, ImportProgress progress, SourceService sources,
			Clock clock, SearchWords searchWords) {
		this.parts = parts;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.entityManager = entityManager;
		this.messages = messages;
		this.progress = progress;
		this.sources = sources;
		this.clock = clock;
		this.searchWords = searchWords;
	}

	void run(Long id) {
		ImportBatch batch = this.parts.batch(id);
		RowImporter importer = this.parts.importer(batch.getKind());
		byte[] content = this.parts.content(id);
		Map<Integer, Long> versions = new HashMap<>();
		this.jdbc.query("select line_number, record_version from import_row where batch_id = ? and action = 'UPDATE'",
				(rs) -> {
					versions.put(rs.getInt(1), rs.getLong(2));
				}, id);
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.parts.planEachQuery();
				// Rows are written as they come (identity keys); what is left to flush is
				// flushed
				// every chunk, not before each of a row's look-ups.
				this.entityManager.setFlushMode(FlushModeType.COMMIT);
				List<Long> ids = new ArrayList<>();
				AtomicInteger done = this.progress.counter(id);
				ImportFile.read(batch.getFormat(), content, importer.columns(), this.messages, (row) -> {
					try {
						ids.add(importer.apply(row, versions.get(row.line())));
					}
					catch (RowImporter.RowRefused ex) {
						throw ImportRefused.row(row.line(), ex.problems());
					}
					int written = done.incrementAndGet();
					if (written % CHUNK == 0) {
						this.entityManager.flush();
						this.entityManager.clear();
					}
					if (written % ANALYZE_EVERY == 0) {
						// The planner's statistics are of the table before this
						// transaction;
						// ANALYZE inside it counts the rows it wrote, so look-ups keep
						// their index.
						this.jdbc.execute("analyze " + importer.table());
					}
				});
				this.entityManager.flush();
				this.entityManager.clear();
				Long sourceId = this.sources.recordImport(batch.getFileName(), batch.getUploadedBy());
				this.entityManager.flush();
				this.jdbc.update((connection) -> {
					Array array = connection.createArrayOf("bigint", ids.toArray());
					var statement = connection
						.prepareStatement("update " + importer.table() + " set source_id = ? where id = any(?)");
					statement.setLong(1, sourceId);
					statement.setArray(2, array);
					return statement;
				});
				ImportBatch running = this.parts.batch(id);
				running.imported(sourceId, this.clock.instant());
			});
			// Thousands of new documents may have made some words common.
			this.searchWords.count();
		}
		catch (ImportRefused ex) {
			String message = ex.stored();
			this.parts.finish(id, (b) -> b.failed(message, this.clock.instant()));
		}
	}

}
