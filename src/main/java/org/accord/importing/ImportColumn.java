package org.accord.importing;

/**
 * One column of an import file: the form property it fills, its header (a message key; a
 * file may name it in any of Accord's languages, or by the property), an example value
 * for the template, and, for a choice, the enum whose names or labels it accepts.
 */
public record ImportColumn(String property, String headerKey, String example, Class<? extends Enum<?>> choices,
		boolean date) {

	public static ImportColumn text(String property, String headerKey, String example) {
		return new ImportColumn(property, headerKey, example, null, false);
	}

	public static ImportColumn choice(String property, String headerKey, Class<? extends Enum<?>> choices,
			String example) {
		return new ImportColumn(property, headerKey, example, choices, false);
	}

	/** A date: ISO text, or the day number a spreadsheet stores for a date cell. */
	public static ImportColumn date(String property, String headerKey, String example) {
		return new ImportColumn(property, headerKey, example, null, true);
	}

}
