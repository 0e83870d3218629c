package org.accord.web;

import java.util.List;

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
	}

}
