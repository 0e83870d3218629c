package org.accord.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as spreadsheet programs write it (RFC 4180): UTF-8 with or without a byte-order
 * mark, fields separated by commas (or semicolons or tabs, found from the header line),
 * quotes around fields that hold separators, quotes or line breaks. Text that is not
 * UTF-8 is refused rather than read wrong.
 */
final class CsvReader implements TableReader {

	/**
	 * What {@code export.CsvWriter} puts before a text a spreadsheet could take for a
	 * formula.
	 */
	private static final Pattern FORMULA_GUARD = Pattern.compile("'++[=+\\-@\t\r]");

	static final int MAX_FIELD = 100_000;

	private final PushbackReader in;

	private char separator;

	CsvReader(InputStream bytes) {
		Reader reader = new InputStreamReader(bytes,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		this.in = new PushbackReader(reader, 2);
	}

	@Override
	public List<String> next() {
		try {
			int first = this.in.read();
			if (first == '\uFEFF') {
				first = this.in.read();
			}
			while (first == '\r' || first == '\n') {
				first = this.in.read();
			}
			if (first == -1) {
				return null;
			}
			this.in.unread(first);
			return row();
		}
		catch (CharacterCodingException ex) {
			throw new ImportRefused("import.refused.notUtf8");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> row() throws IOException {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			int c = this.in.read();
			if (quoted) {
				if (c == -1) {
					throw new ImportRefused("import.refused.unclosedQuote");
				}
				if (c == '"') {
					int after = this.in.read();
					if (after == '"') {
						cell.append('"');
					}
					else {
						quoted = false;
						if (after != -1) {
							this.in.unread(after);
						}
					}
				}
				else {
					append(cell, c);
				}
				continue;
			}
			if (c == '"' && cell.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == -1 || c == '\n' || c == '\r') {
				cells.add(cell.isEmpty() && !wasQuoted ? null : unguarded(cell.toString()));
				if (c == '\r') {
					int after = this.in.read();
					if (after != '\n' && after != -1) {
						this.in.unread(after);
					}
				}
				return cells;
			}
			else if (isSeparator(c)) {
				cells.add(cell.isEmpty() && !wasQuoted ? null : unguarded(cell.toString()));
				cell.setLength(0);
				wasQuoted = false;
			}
			else {
				append(cell, c);
			}
		}
	}

	/**
	 * A cell as it was before the portal's export guarded it against spreadsheet formulas
	 * ({@code export.CsvWriter}): one leading apostrophe removed where it stands before
	 * {@code = + - @}, a tab or a carriage return (or before more apostrophes and one of
	 * those), so that an exported file imports back exactly.
	 */
	static String unguarded(String cell) {
		return FORMULA_GUARD.matcher(cell).lookingAt() ? cell.substring(1) : cell;
	}

	/**
	 * The separator is the first of comma, semicolon or tab met outside quotes in the
	 * header.
	 */
	private boolean isSeparator(int c) {
		if (this.separator == 0 && (c == ',' || c == ';' || c == '\t')) {
			this.separator = (char) c;
		}
		return c == this.separator;
	}

	private static void append(StringBuilder cell, int c) {
		if (cell.length() >= MAX_FIELD) {
			throw new ImportRefused("import.refused.cellTooLong", MAX_FIELD);
		}
		cell.append((char) c);
	}

}
