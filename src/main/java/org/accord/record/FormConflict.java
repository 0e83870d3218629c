package org.accord.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What another person saved while this person was editing: for each field where the saved
 * record now differs from what this person typed, both values, so that they can decide
 * and save again.
 */
public record FormConflict(List<Field> fields) {

	public static FormConflict between(Map<String, String> saved, Map<String, String> typed) {
		List<Field> fields = new ArrayList<>();
		typed.forEach((labelKey, yours) -> {
			String theirs = saved.get(labelKey);
			if (!Objects.equals(blankToNull(theirs), blankToNull(yours))) {
				fields.add(new Field(labelKey, theirs, yours));
			}
		});
		return new FormConflict(fields);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	public record Field(String labelKey, String saved, String typed) {
	}

}
