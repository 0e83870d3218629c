package org.accord.record;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What became of a form that passed validation: saved, held back as a probable duplicate,
 * or in conflict.
 */
public sealed interface SaveOutcome {

	record Saved(Long id) implements SaveOutcome {
	}

	/**
	 * Records that look like the one being created; the user opens one or confirms that
	 * theirs is new.
	 */
	record ProbableDuplicates(List<?> records) implements SaveOutcome {
	}

	/** Someone saved the record after this form was loaded; nothing was written. */
	record Conflict(FormConflict conflict, long currentVersion) implements SaveOutcome {

		/**
		 * The stale-version check of every record's form: the conflict (the record's
		 * fields against the typed ones) when the form was loaded at another version than
		 * the record's (or sent none), else empty.
		 */
		public static Optional<SaveOutcome> ifStale(Long loadedVersion, long currentVersion,
				Supplier<Map<String, String>> saved, Supplier<Map<String, String>> typed) {
			if (loadedVersion != null && loadedVersion == currentVersion) {
				return Optional.empty();
			}
			return Optional.of(new Conflict(FormConflict.between(saved.get(), typed.get()), currentVersion));
		}

	}

	/**
	 * Saves a change of a record, once more when it raced with another save of the same
	 * record: both read the same version, one committed first and the other's write
	 * failed on the version column. Run again, the late save sees the committed version
	 * and answers a {@link Conflict}, so the user gets the conflict form with both values
	 * and their input kept, as when the other save came earlier, rather than an error
	 * page. Called outside the save's transaction.
	 */
	static SaveOutcome raceSafe(Supplier<SaveOutcome> save) {
		try {
			return save.get();
		}
		catch (OptimisticLockingFailureException ex) {
			return save.get();
		}
	}

}
