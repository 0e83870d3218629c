package org.accord.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 writes it, in UTF-8 with a byte-order mark so that spreadsheet programs
 * read Chinese and Japanese right. Every text is quoted, and one that a spreadsheet would
 * take for a formula (starting with =, +, -, @, a tab or a carriage return: OWASP's CSV
 * injection list), or that starts with apostrophes before one of those, gets a leading
 * apostrophe, which the portal's import removes again ({@code importing.CsvReader}).
 */
final class CsvWriter implements TableFormat.TableWriter {

	/**
	 * A start that a spreadsheet takes for a formula, or that the import would read as
	 * guarded.
	 */
	private static final Pattern FORMULA = Pattern.compile("'*+[=+\\-@\t\r]");

	private final Writer writer;

	CsvWriter(OutputStream out) throws IOException {
		this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.writer.write('\uFEFF');
	}

	@Override
	public void row(List<Object> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				this.writer.write(',');
			}
			this.writer.write(field(values.get(i)));
		}
		this.writer.write("\r\n");
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof String)) {
			return text;
		}
		if (FORMULA.matcher(text).lookingAt()) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	@Override
	public void close() throws IOException {
		this.writer.flush();
	}

}
