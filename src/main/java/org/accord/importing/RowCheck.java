package org.accord.importing;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * What one row would do: create a record or update the one it names (at the version seen
 * now), described by a label; or the problems that stop it.
 *
 * @param duplicateKey what makes two rows of one file the same record, null for none
 */
public record RowCheck(Action action, Long recordId, Long recordVersion, String label, List<Problem> problems,
		String duplicateKey) {

	public enum Action {

		CREATE, UPDATE, NONE

	}

	/** A problem in a row, beside its column when it has one (a header message key). */
	public record Problem(String columnKey, MessageSourceResolvable message) {
	}

	public static RowCheck create(String label, String duplicateKey) {
		return new RowCheck(Action.CREATE, null, null, label, List.of(), duplicateKey);
	}

	public static RowCheck update(Long id, long version, String label) {
		return new RowCheck(Action.UPDATE, id, version, label, List.of(), "id:" + id);
	}

	public static RowCheck refused(String label, List<Problem> problems) {
		return new RowCheck(Action.NONE, null, null, label, problems, null);
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

}
