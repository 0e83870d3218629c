package org.accord.export;

import java.util.function.Function;

/**
 * One column of an exported list: its header (a message key, in the reader's language)
 * and its value for a row (text, a number or a date; null for empty).
 */
public record Column<T>(String headerKey, Function<T, Object> value) {

	public static <T> Column<T> of(String headerKey, Function<T, Object> value) {
		return new Column<>(headerKey, value);
	}

}
