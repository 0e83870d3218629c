package org.accord.model;

import java.util.Locale;

/** Turns what a person typed into a case-insensitive "contains" pattern for SQL LIKE. */
public final class SearchText {

	public static final char ESCAPE = '\\';

	private SearchText() {
	}

	public static boolean isEmpty(String text) {
		return text == null || clean(text).isBlank();
	}

	/**
	 * The text without NUL characters, which PostgreSQL cannot store or compare, and
	 * without surrounding white space.
	 */
	public static String clean(String text) {
		return text.replace("\0", "").strip();
	}

	/**
	 * {@code "50%_off"} becomes {@code "%50\%\_off%"}: the user's wildcards are matched
	 * literally.
	 */
	public static String containsPattern(String text) {
		String lower = clean(text).toLowerCase(Locale.ROOT);
		StringBuilder pattern = new StringBuilder("%");
		for (char c : lower.toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				pattern.append(ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}

}
