package org.accord.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 writes it, in UTF-8 with a byte-order mark so that spreadsheet programs
 * read Chinese and Japanese right. A text that a spreadsheet would take for a formula
 * (starting with =, +, - or @) gets a leading apostrophe.
 */
final class CsvWriter implements TableFormat.TableWriter {

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
		if (value instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	@Override
	public void close() throws IOException {
		this.writer.flush();
	}

}
