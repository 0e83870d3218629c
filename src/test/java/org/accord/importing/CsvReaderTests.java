package org.accord.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV reader alone, on bytes: what a spreadsheet writes, and what it must refuse. */
class CsvReaderTests {

	@Test
	void readsQuotedCellsWithSeparatorsLineBreaksAndDoubledQuotes() {
		assertThat(rows("Name,Note\r\n\"Kyoto University\",\"one, two\"\r\n\"Chuo\",\"line one\nline two\"\r\n"
				+ "\"Say \"\"hi\"\"\",\r\n"))
			.containsExactly(List.of("Name", "Note"), List.of("Kyoto University", "one, two"),
					List.of("Chuo", "line one\nline two"), Arrays.asList("Say \"hi\"", null));
	}

	@Test
	void takesTheSeparatorOfTheHeaderAndSkipsABomAndBlankLines() {
		assertThat(rows("\uFEFFName;Country\n\n京都大学;JP\n\n")).containsExactly(List.of("Name", "Country"),
				List.of("京都大学", "JP"));
		assertThat(rows("Name\tCountry\nChuo, Tokyo\tJP\n")).containsExactly(List.of("Name", "Country"),
				List.of("Chuo, Tokyo", "JP"));
	}

	@Test
	void emptyCellsAreNull() {
		assertThat(rows("a,b,c\n,x,\n")).containsExactly(List.of("a", "b", "c"), Arrays.asList(null, "x", null));
	}

	@Test
	void removesExactlyTheGuardTheExportPutBeforeAFormula() {
		assertThat(CsvReader.unguarded("'=SUM(A1)")).isEqualTo("=SUM(A1)");
		assertThat(CsvReader.unguarded("'-5")).isEqualTo("-5");
		assertThat(CsvReader.unguarded("''=x")).isEqualTo("'=x");
		assertThat(CsvReader.unguarded("'quoted'")).isEqualTo("'quoted'");
		assertThat(CsvReader.unguarded("O'Neill")).isEqualTo("O'Neill");
	}

	@Test
	void refusesAQuoteNeverClosed() {
		assertThatThrownBy(() -> rows("Name\n\"Kyoto University\n")).isInstanceOf(ImportRefused.class)
			.extracting((ex) -> ((ImportRefused) ex).code())
			.isEqualTo("import.refused.unclosedQuote");
	}

	@Test
	void refusesTextThatIsNotUtf8() {
		byte[] latin1 = "Name\nUniversität\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> read(latin1)).isInstanceOf(ImportRefused.class)
			.extracting((ex) -> ((ImportRefused) ex).code())
			.isEqualTo("import.refused.notUtf8");
	}

	@Test
	void refusesACellLongerThanTheLimitWithoutReadingOn() {
		String cell = "x".repeat(CsvReader.MAX_FIELD + 1);
		assertThatThrownBy(() -> rows("Name\n" + cell + "\n")).isInstanceOf(ImportRefused.class)
			.extracting((ex) -> ((ImportRefused) ex).code())
			.isEqualTo("import.refused.cellTooLong");
		assertThat(rows("Name\n" + "x".repeat(CsvReader.MAX_FIELD) + "\n")).hasSize(2);
	}

	private static List<List<String>> rows(String text) {
		return read(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<List<String>> read(byte[] bytes) {
		CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes));
		List<List<String>> rows = new ArrayList<>();
		for (List<String> row; (row = reader.next()) != null;) {
			rows.add(row);
		}
		return rows;
	}

}
