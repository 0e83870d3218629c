package org.accord.importing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workbook reader alone, on bytes: cells, their types, and the bounds it keeps. */
class XlsxReaderTests {

	@Test
	void readsTheFirstSheetWithSharedStringsAndNumbers() throws Exception {
		byte[] xlsx = ImportTests.workbook(new String[] { "Name", "Year", "Value" }, new Object[] { "京都大学", 2019, 40 },
				new Object[] { "Chuo University", 2020, 12.5 });
		assertThat(rows(xlsx)).containsExactly(List.of("Name", "Year", "Value"), List.of("京都大学", "2019", "40"),
				List.of("Chuo University", "2020", "12.5"));
	}

	@Test
	void refusesBytesThatAreNotAWorkbook() {
		assertThatThrownBy(() -> rows("Name,Country\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(ImportRefused.class)
			.extracting((ex) -> ((ImportRefused) ex).code())
			.isEqualTo("import.refused.notXlsx");
	}

	@Test
	void refusesANumberNoSpreadsheetHolds() throws Exception {
		byte[] xlsx = ImportTests.workbook(new String[] { "Value" }, new Object[] { new BigDecimal("1E999999999") });
		assertThatThrownBy(() -> rows(xlsx)).isInstanceOf(ImportRefused.class)
			.extracting((ex) -> ((ImportRefused) ex).code())
			.isEqualTo("import.refused.badNumber");
	}

	@Test
	void refusesMorePartsThanAWorkbookHas() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i <= XlsxReader.MAX_ENTRIES; i++) {
				zip.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
				zip.closeEntry();
			}
		}
		assertThatThrownBy(() -> rows(bytes.toByteArray())).isInstanceOf(ImportRefused.class)
			.extracting((ex) -> ((ImportRefused) ex).code())
			.isEqualTo("import.refused.bomb");
	}

	private static List<List<String>> rows(byte[] xlsx) {
		XlsxReader reader = new XlsxReader(xlsx);
		List<List<String>> rows = new ArrayList<>();
		for (List<String> row; (row = reader.next()) != null;) {
			rows.add(row);
		}
		return rows;
	}

}
