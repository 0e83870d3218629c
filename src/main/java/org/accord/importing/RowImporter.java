package org.accord.importing;

import java.util.List;
import java.util.function.Supplier;

import org.accord.record.SaveOutcome;

/**
 * Imports rows of one kind of record. Each record kind's package implements it with its
 * own form, checks and service, so that a row is held to exactly the rules of the form.
 */
public interface RowImporter {

	ImportKind kind();

	List<ImportColumn> columns();

	/** The table whose source_id the import sets on the records it writes. */
	String table();

	/** What the row would do, or its problems; writes nothing. */
	RowCheck check(ImportRow row);

	/**
	 * Writes a row (checking it again first).
	 * @param expectedVersion for an update, the version the preview saw
	 * @return the id of the record created or updated
	 * @throws RowRefused when the row has problems now, or its record changed since the
	 * preview
	 */
	long apply(ImportRow row, Long expectedVersion);

	/**
	 * Writes a row as its check says: creates, or updates when the record is still at the
	 * version the preview saw.
	 * @return the id of the record written
	 */
	static long write(RowCheck check, Long expectedVersion, Supplier<SaveOutcome> create,
			Supplier<SaveOutcome> update) {
		if (!check.ok()) {
			throw new RowRefused(check.problems());
		}
		RowRefused changed = new RowRefused(List.of(RowBinder.problem(null, "import.changedSincePreview")));
		if (check.action() == RowCheck.Action.UPDATE && !check.recordVersion().equals(expectedVersion)) {
			throw changed;
		}
		SaveOutcome outcome = (check.action() == RowCheck.Action.CREATE) ? create.get() : update.get();
		if (outcome instanceof SaveOutcome.Saved saved) {
			return saved.id();
		}
		throw changed;
	}

	/** A row that cannot be written; the whole import is rolled back. */
	class RowRefused extends RuntimeException {

		private final transient List<RowCheck.Problem> problems;

		public RowRefused(List<RowCheck.Problem> problems) {
			super("row refused", null, false, false);
			this.problems = problems;
		}

		public List<RowCheck.Problem> problems() {
			return this.problems;
		}

	}

}
