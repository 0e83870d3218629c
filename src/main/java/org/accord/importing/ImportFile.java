package org.accord.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.accord.language.Languages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The data rows of an import file, by form property: the header row names the columns (by
 * their header in any of Accord's languages, or by property), in any order; the columns a
 * file lacks are left as they are. Fully empty rows are skipped.
 */
final class ImportFile {

	/** More rows than this is not a spreadsheet staff prepared by hand or export. */
	static final int MAX_ROWS = 100_000;

	private ImportFile() {
	}

	/**
	 * Reads every data row in order.
	 * @return the number of data rows
	 */
	static int read(ImportFormat format, byte[] content, List<ImportColumn> columns, MessageSource messages,
			Consumer<ImportRow> rows) {
		format.check(content);
		TableReader reader = format.open(content);
		List<String> header = reader.next();
		if (header == null) {
			throw new ImportRefused("import.refused.empty");
		}
		ImportColumn[] byIndex = columnsOf(header, columns, messages);
		int line = 1;
		int count = 0;
		for (List<String> cells; (cells = reader.next()) != null;) {
			line++;
			// Empty rows count too: a million of them cost as much time as full ones.
			if (line - 1 > MAX_ROWS) {
				throw new ImportRefused("import.refused.tooManyRows", MAX_ROWS);
			}
			if (cells.stream().allMatch((cell) -> cell == null || cell.isBlank())) {
				continue;
			}
			count++;
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < byIndex.length; i++) {
				if (byIndex[i] != null) {
					String cell = (i < cells.size()) ? cells.get(i) : null;
					values.put(byIndex[i].property(), (cell == null || cell.isBlank()) ? null : cell);
				}
			}
			rows.accept(new ImportRow(line, values));
		}
		return count;
	}

	private static ImportColumn[] columnsOf(List<String> header, List<ImportColumn> columns, MessageSource messages) {
		ImportColumn[] byIndex = new ImportColumn[header.size()];
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String name = (header.get(i) != null) ? header.get(i).strip() : "";
			if (name.isEmpty()) {
				continue;
			}
			ImportColumn column = find(name, columns, messages);
			if (column == null) {
				throw new ImportRefused("import.refused.unknownColumn", name, expected(columns, messages));
			}
			if (seen.contains(column.property())) {
				throw new ImportRefused("import.refused.repeatedColumn", name);
			}
			seen.add(column.property());
			byIndex[i] = column;
		}
		if (seen.isEmpty()) {
			throw new ImportRefused("import.refused.empty");
		}
		return byIndex;
	}

	private static ImportColumn find(String name, List<ImportColumn> columns, MessageSource messages) {
		for (ImportColumn column : columns) {
			if (name.equalsIgnoreCase(column.property())) {
				return column;
			}
			for (Locale locale : Languages.locales()) {
				if (name.equalsIgnoreCase(messages.getMessage(column.headerKey(), null, column.headerKey(), locale))) {
					return column;
				}
			}
		}
		return null;
	}

	private static String expected(List<ImportColumn> columns, MessageSource messages) {
		return String.join(", ",
				columns.stream()
					.map((column) -> messages.getMessage(column.headerKey(), null, column.headerKey(),
							LocaleContextHolder.getLocale()))
					.toList());
	}

}
