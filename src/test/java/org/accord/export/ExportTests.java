package org.accord.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list downloads as CSV and XLSX: its filters applied, every page, headers in the
 * reader's language.
 */
@PortalTest
class ExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void exportsTheFilteredListAsCsvWithAByteOrderMark() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/institutions/export?format=CSV&country=JP&size=2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("institutions-");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0))
			.isEqualTo("\"Name\",\"Name in own script\",\"Acronym\",\"Kind\",\"Country\",\"City\",\"Website\"");
		long japanese = this.jdbc.queryForObject(
				"select count(*) from institution where country_code = 'JP' and archived_at is null", Long.class);
		assertThat(lines).hasSize((int) japanese + 1);
		assertThat(lines).anyMatch((line) -> line.startsWith("\"Chuo University\",\"中央大学\","));
	}

	@Test
	void writesTheHeadersInTheReadersLanguage() throws Exception {
		String csv = this.mvc.perform(get("/agreements/export?format=CSV&lang=zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFF\"编号\",\"标题\",\"类型\",\"状态\",\"签署日期");
		assertThat(csv).contains("\"AGR-2019-001\",").contains("有效");
	}

	@Test
	void exportsTheSameRowsAsXlsx() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/agreements/export?format=XLSX&country=BG"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, String> parts = unzip(xlsx);
		assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
		String sheet = parts.get("xl/worksheets/sheet1.xml");
		assertThat(sheet.split("<row ", -1)).hasSize(3);
		assertThat(sheet).contains(">Reference<").contains(">AGR-2024-002<").contains("University of Ruse");
	}

	@Test
	void refusesAFormatItDoesNotWrite() throws Exception {
		this.mvc.perform(get("/statistics/export?format=PDF")).andExpect(status().isBadRequest());
	}

	@Test
	void keepsSpreadsheetFormulasOut() {
		assertThat(CsvWriter.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvWriter.field("-5 students")).isEqualTo("\"'-5 students\"");
		assertThat(CsvWriter.field("+81 3 1234")).isEqualTo("\"'+81 3 1234\"");
		assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(CsvWriter.field("\tx")).isEqualTo("\"'\tx\"");
		assertThat(CsvWriter.field("\rx")).isEqualTo("\"'\rx\"");
		assertThat(CsvWriter.field("'=x")).isEqualTo("\"''=x\"");
		assertThat(CsvWriter.field("'quoted'")).isEqualTo("\"'quoted'\"");
		assertThat(CsvWriter.field(-5L)).isEqualTo("-5");
		assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvWriter.field("plain")).isEqualTo("\"plain\"");
		assertThat(XlsxWriter.escape("<b>&\u0000")).isEqualTo("&lt;b&gt;&amp;");
	}

	private static Map<String, String> unzip(byte[] bytes) throws Exception {
		Map<String, String> parts = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return parts;
	}

}
