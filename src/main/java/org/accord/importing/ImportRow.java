package org.accord.importing;

import java.util.Map;

/**
 * One data row of an import file: its line (the header is line 1) and the text of each
 * column the file has, by form property; a column the file lacks is absent, an empty cell
 * is null.
 */
public record ImportRow(int line, Map<String, String> values) {

	public boolean has(String property) {
		return this.values.containsKey(property);
	}

	public String value(String property) {
		return this.values.get(property);
	}

}
