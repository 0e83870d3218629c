package org.accord.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first step of an import, on the worker: every row is checked with its kind's own
 * form rules, a chunk at a time in read-only transactions, into the preview (what each
 * row creates or updates, and its problems, kept as message keys); nothing else is
 * written. A file that cannot be read at all is refused whole.
 */
@Component
class ImportCheck {

	private static final int CHUNK = 100;

	private final ImportBatches parts;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final EntityManager entityManager;

	private final MessageSource messages;

	private final ImportProgress progress;

	private final Clock clock;

	ImportCheck(ImportBatches parts, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			EntityManager entityManager, MessageSource messages, ImportProgress progress, Clock clock) {
		this.parts = parts;
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.entityManager = entityManager;
		this.messages = messages;
		this.progress = progress;
		this.clock = clock;
	}

	void run(Long id) {
		ImportBatch batch = this.parts.batch(id);
		RowImporter importer = this.parts.importer(batch.getKind());
		byte[] content = this.parts.content(id);
		Map<String, Integer> seen = new HashMap<>();
		int[] counts = new int[3];
		List<ImportRow> chunk = new ArrayList<>(CHUNK);
		try {
			int total = ImportFile.read(batch.getFormat(), content, importer.columns(), this.messages, (row) -> {
				chunk.add(row);
				if (chunk.size() == CHUNK) {
					checkChunk(id, importer, chunk, seen, counts);
				}
			});
			checkChunk(id, importer, chunk, seen, counts);
			if (total == 0) {
				throw new ImportRefused("import.refused.noRows");
			}
			this.parts.finish(id, (b) -> b.checked(total, counts[0], counts[1], counts[2]));
		}
		catch (ImportRefused ex) {
			String message = ex.stored();
			this.jdbc.update("delete from import_row where batch_id = ?", id);
			this.parts.finish(id, (b) -> b.refused(message, this.clock.instant()));
		}
	}

	private void checkChunk(Long id, RowImporter importer, List<ImportRow> chunk, Map<String, Integer> seen,
			int[] counts) {
		List<Object[]> rows = new ArrayList<>(chunk.size());
		this.readOnly.executeWithoutResult((status) -> {
			this.parts.planEachQuery();
			for (ImportRow row : chunk) {
				RowCheck check = importer.check(row);
				List<MessageSourceResolvable> problems = new ArrayList<>(
						check.problems().stream().map(StoredMessages::of).toList());
				if (check.duplicateKey() != null) {
					Integer earlier = seen.putIfAbsent(check.duplicateKey(), row.line());
					if (earlier != null) {
						problems.add(StoredMessages.of(RowBinder.problem(null, "import.duplicateInFile", earlier)));
					}
				}
				if (!problems.isEmpty()) {
					counts[2]++;
				}
				else if (check.action() == RowCheck.Action.CREATE) {
					counts[0]++;
				}
				else {
					counts[1]++;
				}
				rows.add(new Object[] { id, row.line(), check.action().name(), check.recordId(), check.recordVersion(),
						cut(check.label(), 600), StoredMessages.write(problems) });
			}
			this.entityManager.clear();
		});
		this.jdbc.batchUpdate("insert into import_row (batch_id, line_number, action, record_id, record_version, "
				+ "label, problems) values (?, ?, ?, ?, ?, ?, ?)", rows);
		this.progress.add(id, chunk.size());
		chunk.clear();
	}

	private static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
