package org.accord.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports spreadsheets in two steps. Upload: the file is stored and checked row by row
 * with each kind's own form rules into a preview (what each row creates or updates, and
 * its problems); nothing else is written. Confirm: every row is checked again and written
 * in one transaction, so that a file with any problem (or whose records changed since the
 * preview) changes nothing. Both steps run one at a time in the background, reporting
 * their progress, as the uploader (for the history) in the uploader's language.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
public class ImportService {

	/** Larger files are refused: 50,000 rows of agreements take about 10 MB as CSV. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	/**
	 * Imports being checked or written at once, all editors together (each editor: one).
	 */
	static final int MAX_RUNNING = 5;

	private static final Log logger = LogFactory.getLog(ImportService.class);

	private final ImportBatchRepository batches;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final Clock clock;

	private final ThreadPoolTaskExecutor worker = ImportWorker.start();

	private final ImportProgress progress;

	private final ImportBatches parts;

	private final ImportCheck check;

	private final ImportApply apply;

	ImportService(ImportBatches parts, ImportCheck check, ImportApply apply, ImportBatchRepository batches,
			JdbcTemplate jdbc, PlatformTransactionManager transactions, MessageSource messages, Clock clock,
			ImportProgress progress) {
		this.parts = parts;
		this.check = check;
		this.apply = apply;
		this.progress = progress;
		this.batches = batches;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.messages = messages;
		this.clock = clock;
	}

	@PreDestroy
	void stop() {
		this.worker.shutdown();
	}

	public List<ImportColumn> columns(ImportKind kind) {
		return this.parts.importer(kind).columns();
	}

	public List<ImportBatch> recent() {
		return this.batches.findTop20ByOrderByUploadedAtDesc();
	}

	public ImportBatch batch(Long id) {
		return this.parts.batch(id);
	}

	/**
	 * Rows done so far by the step under way: counted here when this node runs it, else
	 * as the node that runs it last wrote (at most {@link ImportHousekeeping#HEARTBEAT}
	 * ago); null when none is.
	 */
	public Integer progress(Long id) {
		Integer done = this.progress.done(id);
		if (done != null) {
			return done;
		}
		return this.jdbc.query(
				"select rows_done from import_batch where id = ? and status in ('CHECKING', 'IMPORTING')",
				(rs) -> rs.next() ? rs.getInt(1) : null, id);
	}

	/**
	 * Stores a file and starts checking it.
	 * @throws ImportRefused when the file is empty, too large, or not a CSV or XLSX file
	 */
	public Long upload(ImportKind kind, String fileName, byte[] content) {
		ImportFormat format = ImportFormat.ofFileName(fileName);
		if (content.length == 0) {
			throw new ImportRefused("import.refused.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new ImportRefused("import.refused.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		if (format == null) {
			throw new ImportRefused("import.refused.format");
		}
		format.check(content);
		String name = fileName.strip();
		String uploader = user();
		ImportBatch batch = this.transaction.execute((status) -> {
			// One upload at a time per editor decides; then one running import per
			// editor,
			// and a bound on all waiting, so that no one fills the single worker's queue.
			this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))", Object.class, "import:" + uploader);
			Map<String, Object> running = this.jdbc.queryForMap("""
					select count(*) filter (where uploaded_by = ?) as mine, count(*) as everyone
					from import_batch where status in ('CHECKING', 'IMPORTING')""", uploader);
			if (((Number) running.get("mine")).longValue() > 0) {
				throw new ImportRefused("import.refused.busy");
			}
			if (((Number) running.get("everyone")).longValue() >= MAX_RUNNING) {
				throw new ImportRefused("import.refused.queueFull");
			}
			ImportBatch saved = this.batches.save(new ImportBatch(kind, format,
					name.substring(Math.max(0, name.length() - 200)), uploader, this.clock.instant()));
			this.jdbc.update("insert into import_file (batch_id, content) values (?, ?)", saved.getId(), content);
			return saved;
		});
		submit(batch.getId(), () -> this.check.run(batch.getId()));
		return batch.getId();
	}

	/**
	 * Starts importing a checked file; false when it is not (or no longer) ready. Only
	 * its uploader or an admin may.
	 */
	public boolean confirm(Long id, long version) {
		Boolean started = this.transaction.execute((status) -> {
			ImportBatch batch = batch(id);
			requireUploaderOrAdmin(batch);
			if (!batch.isReady() || batch.getVersion() != version) {
				return false;
			}
			batch.importing();
			return true;
		});
		if (Boolean.TRUE.equals(started)) {
			submit(id, () -> this.apply.run(id));
		}
		return Boolean.TRUE.equals(started);
	}

	/**
	 * Drops a checked file that will not be imported; only its uploader or an admin may.
	 */
	public void discard(Long id) {
		this.transaction.executeWithoutResult((status) -> {
			ImportBatch batch = batch(id);
			requireUploaderOrAdmin(batch);
			if (batch.getStatus() == ImportBatch.Status.CHECKED) {
				batch.discarded(this.clock.instant());
				this.jdbc.update("delete from import_file where batch_id = ?", id);
			}
		});
	}

	/** A page of the preview: the rows with problems first when asked. */
	public List<PreviewRow> rows(Long id, boolean problemsOnly, int page, int size) {
		return this.jdbc.query(
				"select line_number, action, record_id, label, problems from import_row " + "where batch_id = ?"
						+ (problemsOnly ? " and problems is not null" : "") + " order by line_number limit ? offset ?",
				(rs, n) -> new PreviewRow(rs.getInt(1), RowCheck.Action.valueOf(rs.getString(2)),
						(Long) rs.getObject(3), rs.getString(4),
						StoredMessages.read(rs.getString(5), this.messages, LocaleContextHolder.getLocale())),
				id, size, (long) page * size);
	}

	/**
	 * Why the batch was refused or failed, in the reader's language (null if it was not).
	 */
	public String message(ImportBatch batch) {
		List<String> texts = StoredMessages.read(batch.getMessage(), this.messages, LocaleContextHolder.getLocale());
		return texts.isEmpty() ? null : String.join("; ", texts);
	}

	/** One row of the preview, its problems in the reader's language. */
	public record PreviewRow(int line, RowCheck.Action action, Long recordId, String label, List<String> problems) {
	}

	private void submit(Long id, Runnable step) {
		this.progress.start(id);
		this.jdbc.update("update import_batch set heartbeat_at = ?, rows_done = 0 where id = ?",
				Timestamp.from(this.clock.instant()), id);
		this.worker.execute(() -> {
			try {
				step.run();
			}
			catch (RuntimeException | Error ex) {
				// An Error too (out of memory, a stack overflow in a parser): the batch
				// must
				// not stay "being checked" for ever, and the log must say why.
				logger.error("Import " + id + " stopped", ex);
				String message = new ImportRefused("import.failed.unexpected").stored();
				this.parts.finish(id, (batch) -> batch.failed(message, this.clock.instant()));
			}
			finally {
				this.progress.end(id);
			}
		});
	}

	private static void requireUploaderOrAdmin(ImportBatch batch) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		boolean admin = who != null
				&& who.getAuthorities().stream().anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		if (!admin && !batch.getUploadedBy().equals(user())) {
			throw new AccessDeniedException("Only the uploader or an admin may confirm or discard an import");
		}
	}

	private static String user() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return (who != null) ? who.getName() : "system";
	}

}
