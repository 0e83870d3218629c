package org.accord.importing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.accord.EditingPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spreadsheets come in through a preview: nothing is written until the editor confirms,
 * and then every row is or none is; files that are not what they claim are refused.
 */
@EditingPortalTest
@WithUserDetails("editor")
class ImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportService imports;

	@Autowired
	ImportHousekeeping housekeeping;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void importsInstitutionsOnlyAfterTheEditorConfirmsThePreview() throws Exception {
		String csv = """
				Name,Name in own script,Kind,Country,City,Website,Alternative names
				Tohoku Test University,東北テスト大学,University,JP,Sendai,https://tohoku.example.jp/,TTU; 東北テ大
				"Pusan Test University, Busan",부산테스트대학교,UNIVERSITY,KR,Busan,,
				""";
		long id = upload("INSTITUTIONS", "partners 2026.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(settled(id)).isEqualTo("CHECKED");
		this.mvc.perform(get("/import/{id}", id))
			.andExpect(content().string(containsString("2 rows: 2 to create, 0 to update, 0 with problems.")))
			.andExpect(content().string(containsString("Pusan Test University, Busan (KR)")));
		assertThat(count(
				"select count(*) from institution where name_en in ('Tohoku Test University', 'Pusan Test University, Busan')"))
			.isZero();

		confirm(id);
		assertThat(settled(id)).isEqualTo("IMPORTED");
		Map<String, Object> tohoku = this.jdbc
			.queryForMap("select i.id, i.name_native, i.kind, s.title, s.imported_by from institution i "
					+ "join source s on s.id = i.source_id where i.name_en = 'Tohoku Test University'");
		assertThat(tohoku).containsEntry("name_native", "東北テスト大学")
			.containsEntry("kind", "UNIVERSITY")
			.containsEntry("title", "partners 2026.csv")
			.containsEntry("imported_by", "editor");
		assertThat(count("select count(*) from record_change where record_type = 'INSTITUTION' and record_id = "
				+ tohoku.get("id") + " and action = 'CREATED' and changed_by = 'editor'"))
			.isOne();
		this.mvc.perform(get("/search").param("q", "東北テ大"))
			.andExpect(content().string(containsString("Tohoku Test University")));
		this.mvc.perform(get("/sources/{id}", sourceOf(id)))
			.andExpect(content().string(containsString("Imported by editor")))
			.andExpect(content().string(containsString("Pusan Test University, Busan")));
	}

	@Test
	void refusesANumberNoSpreadsheetHoldsInsteadOfWritingItOut() throws Exception {
		// 1E999999999: a workbook of a few KB that BigDecimal.toPlainString() would write
		// as
		// a billion digits (gigabytes of memory).
		byte[] xlsx = workbook(new String[] { "Institution", "Measure", "Value", "Period kind", "Year" }, new Object[] {
				"Chongqing University", "STUDENTS_SENT", new BigDecimal("1E999999999"), "CALENDAR_YEAR", 2024 });
		refusedWhenChecked("STATISTICS", xlsx, "has more digits or a larger exponent than a spreadsheet holds");
	}

	@Test
	void refusesWorkbooksThatUnpackToFarMoreThanAList() throws Exception {
		// One part that unpacks to 260 MB of spaces (a few hundred KB packed).
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			workbookParts(zip);
			zip.putNextEntry(new ZipEntry("xl/worksheets/partners.xml"));
			zip.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < 260; i++) {
				zip.write(spaces);
			}
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		refusedWhenChecked("INSTITUTIONS", bytes.toByteArray(), "far more than a list of records");

		// A million and one empty shared strings (each would cost memory).
		bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			workbookParts(zip);
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			zip.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				.getBytes(StandardCharsets.UTF_8));
			byte[] empty = "<si><t/></si>".repeat(1000).getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i <= 1001; i++) {
				zip.write(empty);
			}
			zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			entry(zip, "xl/worksheets/partners.xml", SHEET_START + "</sheetData></worksheet>");
		}
		refusedWhenChecked("INSTITUTIONS", bytes.toByteArray(), "far more than a list of records");
	}

	@Test
	void refusesACellLongerThanACsvCellMayBe() throws Exception {
		byte[] xlsx = workbook(new String[] { "Name", "Country", "Note" },
				new Object[] { "Long Note College", "JP", "x".repeat(200_000) });
		refusedWhenChecked("INSTITUTIONS", xlsx, "longer than 100,000 characters");
	}

	@Test
	void countsEmptyRowsTowardTheRowLimit() throws Exception {
		String csv = "Name,Country\n" + ",\n".repeat(100_001);
		refusedWhenChecked("INSTITUTIONS", csv.getBytes(StandardCharsets.UTF_8), "more than 100,000 rows");
	}

	@Test
	void oneRunningImportPerEditorAndOnlyTheUploaderOrAnAdminDecides() throws Exception {
		long id = upload("INSTITUTIONS", "first.csv",
				"Name,Country\nBusy Test College,JP\n".getBytes(StandardCharsets.UTF_8));
		assertThat(settled(id)).isEqualTo("CHECKED");
		this.jdbc.update("update import_batch set status = 'CHECKING' where id = ?", id);
		try {
			this.mvc
				.perform(multipart("/import")
					.file(new MockMultipartFile("file", "second.csv", "text/csv",
							"Name,Country\nSecond College,JP\n".getBytes(StandardCharsets.UTF_8)))
					.param("kind", "INSTITUTIONS")
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Your previous file is still being checked or imported")));
		}
		finally {
			this.jdbc.update("update import_batch set status = 'CHECKED' where id = ?", id);
		}
		this.mvc
			.perform(post("/import/{id}/confirm", id).param("version", version(id))
				.with(csrf())
				.with(SecurityMockMvcRequestPostProcessors.user("another.editor").roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/import/{id}/discard", id).with(csrf())
				.with(SecurityMockMvcRequestPostProcessors.user("another.editor").roles("EDITOR")))
			.andExpect(status().isForbidden());
		assertThat(settled(id)).isEqualTo("CHECKED");
		confirm(id);
		assertThat(settled(id)).isEqualTo("IMPORTED");
	}

	@Test
	void purgesTheFilesAndRowsOfOldImportsButKeepsTheirRecord() throws Exception {
		long abandoned = upload("INSTITUTIONS", "abandoned.csv",
				"Name,Country\nAbandoned College,JP\n".getBytes(StandardCharsets.UTF_8));
		assertThat(settled(abandoned)).isEqualTo("CHECKED");
		long recent = upload("INSTITUTIONS", "recent.csv",
				"Name,Country\nRecent College,JP\n".getBytes(StandardCharsets.UTF_8));
		assertThat(settled(recent)).isEqualTo("CHECKED");
		this.jdbc.update("update import_batch set uploaded_at = now() - interval '40 days' where id = ?", abandoned);

		assertThat(this.housekeeping.purge()).isPositive();
		assertThat(this.jdbc.queryForObject("select status from import_batch where id = ?", String.class, abandoned))
			.isEqualTo("DISCARDED");
		assertThat(count("select count(*) from import_file where batch_id = " + abandoned)).isZero();
		assertThat(count("select count(*) from import_row where batch_id = " + abandoned)).isZero();
		assertThat(count("select count(*) from import_file where batch_id = " + recent)).isOne();
		assertThat(this.jdbc.queryForObject("select status from import_batch where id = ?", String.class, recent))
			.isEqualTo("CHECKED");
	}

	@Test
	void readsBackWhatTheExportGuardedAgainstSpreadsheetFormulas() throws Exception {
		// As export.CsvWriter writes them: every text quoted, formula starts behind an
		// apostrophe.
		String csv = "\"Name\",\"Country\",\"Note\",\"City\"\r\n"
				+ "\"'=Formula College\",\"JP\",\"'+81 3 1234 5678\",\"''-Minus\"\r\n";
		long id = upload("INSTITUTIONS", "guarded.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(settled(id)).isEqualTo("CHECKED");
		confirm(id);
		assertThat(settled(id)).isEqualTo("IMPORTED");
		assertThat(this.jdbc.queryForMap("select note, city from institution where name_en = '=Formula College'"))
			.containsEntry("note", "+81 3 1234 5678")
			.containsEntry("city", "'-Minus");
	}

	@Test
	void theSourcePageOfALargeImportShowsItsFirstRecords() throws Exception {
		StringBuilder csv = new StringBuilder("Name,Country\n");
		for (int i = 1; i <= 201; i++) {
			csv.append(String.format("Capped Test College %03d,DE%n", i));
		}
		long id = upload("INSTITUTIONS", "many.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(settled(id)).isEqualTo("CHECKED");
		confirm(id);
		assertThat(settled(id)).isEqualTo("IMPORTED");
		assertThat(count("select count(*) from institution where source_id = " + sourceOf(id))).isEqualTo(201);
		String page = this.mvc.perform(get("/sources/{id}", sourceOf(id)))
			.andExpect(content().string(containsString("Only the first 200 are shown.")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Capped Test College 200").doesNotContain("Capped Test College 201");
	}

	@Test
	void aFileWithOneBadRowIsRefusedWholeWithTheRowsErrors() throws Exception {
		long before = count("select count(*) from agreement");
		String csv = """
				title,kind,status,signedOn,validFrom,validUntil,parties
				Exchange with Chuo,STUDENT_EXCHANGE,ACTIVE,2025-04-01,2025-04-01,2030-03-31,University of Shanghai for Science and Technology; Chuo University
				Exchange with nobody,STUDENT_EXCHANGE,DRAFT,,2025-13-01,,Chuo University; Atlantis Polytechnic
				""";
		long id = upload("AGREEMENTS", "agreements.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(settled(id)).isEqualTo("CHECKED");
		this.mvc.perform(get("/import/{id}?problems=true", id))
			.andExpect(content().string(containsString("2 rows: 1 to create, 0 to update, 1 with problems.")))
			.andExpect(
					content().string(containsString("No single recorded institution matches “Atlantis Polytechnic”.")))
			.andExpect(content().string(containsString("Valid from: ")))
			.andExpect(content().string(not(containsString("id=\"confirm-import\""))));
		this.mvc.perform(post("/import/{id}/confirm", id).param("version", version(id)).with(csrf()))
			.andExpect(flash().attribute("flashError", "import.flash.notReady"));
		assertThat(settled(id)).isEqualTo("CHECKED");
		assertThat(count("select count(*) from agreement")).isEqualTo(before);
	}

	@Test
	void aRecordChangedSinceThePreviewStopsTheWholeImport() throws Exception {
		long figure = count("select min(id) from exchange_statistic where measure = 'STUDENTS_SENT'");
		long value = count("select value from exchange_statistic where id = " + figure);
		String csv = "ID,Value\n" + figure + "," + (value + 5) + "\n";
		long id = upload("STATISTICS", "figures.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(settled(id)).isEqualTo("CHECKED");
		this.mvc.perform(get("/import/{id}", id))
			.andExpect(content().string(containsString("1 row: 0 to create, 1 to update, 0 with problems.")))
			// The measure by its label, not its code.
			.andExpect(content().string(containsString(" · Students sent · ")))
			.andExpect(content().string(not(containsString("STUDENTS_SENT"))));
		this.jdbc.update("update exchange_statistic set version = version + 1 where id = ?", figure);

		confirm(id);
		assertThat(settled(id)).isEqualTo("FAILED");
		assertThat(count("select value from exchange_statistic where id = " + figure)).isEqualTo(value);
		this.mvc.perform(get("/import/{id}", id))
			.andExpect(content().string(containsString("Line 2: Someone changed this record after the preview")));

		long again = upload("STATISTICS", "figures.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(settled(again)).isEqualTo("CHECKED");
		confirm(again);
		assertThat(settled(again)).isEqualTo("IMPORTED");
		assertThat(count("select value from exchange_statistic where id = " + figure)).isEqualTo(value + 5);
		assertThat(count("select count(*) from record_change where record_type = 'STATISTIC' and record_id = " + figure
				+ " and action = 'CHANGED' and changed_by = 'editor'"))
			.isPositive();
	}

	@Test
	void readsAWorkbookWithSharedStringsAndJapaneseHeaders() throws Exception {
		byte[] xlsx = workbook(new String[] { "名称", "国・地域", "種類" },
				new Object[] { "Kyushu Test University", "JP", "大学" },
				new Object[] { "Ruse Test College", "BG", "OTHER" });
		long id = upload("INSTITUTIONS", "九州.xlsx", xlsx);
		assertThat(settled(id)).isEqualTo("CHECKED");
		confirm(id);
		assertThat(settled(id)).isEqualTo("IMPORTED");
		assertThat(this.jdbc.queryForList("select kind from institution where name_en in "
				+ "('Kyushu Test University', 'Ruse Test College') order by name_en", String.class))
			.containsExactly("UNIVERSITY", "OTHER");
	}

	@Test
	void theTemplatesExampleRowIsCheckedLikeAnyOther() throws Exception {
		byte[] template = this.mvc.perform(get("/import/template?kind=INSTITUTIONS&format=XLSX"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long id = upload("INSTITUTIONS", "template.xlsx", template);
		assertThat(settled(id)).isEqualTo("CHECKED");
		this.mvc.perform(get("/import/{id}", id))
			.andExpect(
					content().string(containsString("An institution with this name and country is already recorded")));
	}

	@Test
	void refusesFilesThatAreNotWhatTheyClaimWithTheKindKept() throws Exception {
		refusedAtUpload("report.csv", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII), "is not text");
		refusedAtUpload("report.xlsx", "Name\nX\n".getBytes(StandardCharsets.UTF_8), "is not an Excel workbook");
		refusedAtUpload("report.txt", "Name\nX\n".getBytes(StandardCharsets.UTF_8), "Only CSV and XLSX files");
		refusedAtUpload("empty.csv", new byte[0], "Choose a file to import.");
		refusedAtUpload("nul.csv", "Name\nX\0Y\n".getBytes(StandardCharsets.UTF_8), "is not text");

		long latin1 = upload("INSTITUTIONS", "latin1.csv",
				"Name,Country\nUniversit\u00e9 Test,FR\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(settled(latin1)).isEqualTo("REFUSED");
		long unknownColumn = upload("INSTITUTIONS", "columns.csv",
				"Name,Favourite colour\nX,blue\n".getBytes(StandardCharsets.UTF_8));
		assertThat(settled(unknownColumn)).isEqualTo("REFUSED");
		this.mvc.perform(get("/import/{id}", unknownColumn))
			.andExpect(content().string(containsString("The column “Favourite colour” is not one Accord reads.")));
	}

	@Test
	void hostileCellsAreRefusedBesideTheirColumnOrShownEscaped() throws Exception {
		String csv = "Name,Country,Website,Note\n" + "\"<script>alert(1)</script>\",JP,javascript:alert(1),\"x\ty\"\n"
				+ "\"" + "長".repeat(10_000) + "\",JP,,\n" + "Robert'); drop table institution;--,KR,,\u202Eevil\u200B\n"
				+ "\"" + "😀 emoji college" + "\",XX,,\n";
		long id = upload("INSTITUTIONS", "hostile.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(settled(id)).isEqualTo("CHECKED");
		String page = this.mvc.perform(get("/import/{id}", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("4 rows: 1 to create, 0 to update, 3 with problems.")
			.contains("Website: ")
			.contains("Name: ")
			.contains("Country: ");
		assertThat(count("select count(*) from institution")).isPositive();
	}

	@Test
	@WithUserDetails("viewer")
	void viewersCannotImport() throws Exception {
		this.mvc.perform(get("/import")).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/import").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[1]))
				.param("kind", "INSTITUTIONS")
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private void refusedAtUpload(String name, byte[] content, String message) throws Exception {
		this.mvc
			.perform(multipart("/import").file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.param("kind", "STATISTICS")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("value=\"STATISTICS\" checked")));
	}

	private static final String SHEET_START = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
			+ "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>";

	/**
	 * The workbook part and its relations, naming xl/worksheets/partners.xml as the
	 * sheet.
	 */
	private static void workbookParts(ZipOutputStream zip) throws Exception {
		entry(zip, "xl/workbook.xml",
				"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
						+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
						+ "<sheets><sheet name=\"Partners\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>");
		entry(zip, "xl/_rels/workbook.xml.rels",
				"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/partners.xml\"/></Relationships>");
	}

	/**
	 * Uploads a file that is refused while it is checked, with the message on its page.
	 */
	private void refusedWhenChecked(String kind, byte[] content, String message) throws Exception {
		long id = upload(kind, content[0] == 'P' ? "hostile.xlsx" : "hostile.csv", content);
		assertThat(settled(id)).isEqualTo("REFUSED");
		this.mvc.perform(get("/import/{id}", id)).andExpect(content().string(containsString(message)));
	}

	private long upload(String kind, String name, byte[] content) throws Exception {
		String location = this.mvc
			.perform(multipart("/import").file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.param("kind", kind)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void confirm(long id) throws Exception {
		this.mvc.perform(post("/import/{id}/confirm", id).param("version", version(id)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(0));
	}

	private String version(long id) {
		return String.valueOf(count("select version from import_batch where id = " + id));
	}

	private long sourceOf(long id) {
		return count("select source_id from import_batch where id = " + id);
	}

	/** The status once the background step is over. */
	private String settled(long id) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(until)) {
			String status = this.jdbc.queryForObject("select status from import_batch where id = ?", String.class, id);
			if (!status.equals("CHECKING") && !status.equals("IMPORTING")) {
				return status;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import " + id + " did not finish");
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	/** A workbook as spreadsheet programs write it: text in the shared strings. */
	static byte[] workbook(String[] header, Object[]... rows) throws Exception {
		List<String> shared = new ArrayList<>();
		StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		Object[][] all = new Object[rows.length + 1][];
		all[0] = header;
		System.arraycopy(rows, 0, all, 1, rows.length);
		for (int r = 0; r < all.length; r++) {
			sheet.append("<row r=\"").append(r + 1).append("\">");
			for (int c = 0; c < all[r].length; c++) {
				String ref = (char) ('A' + c) + String.valueOf(r + 1);
				Object value = all[r][c];
				if (value instanceof Number) {
					sheet.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
				}
				else {
					shared.add((String) value);
					sheet.append("<c r=\"")
						.append(ref)
						.append("\" t=\"s\"><v>")
						.append(shared.size() - 1)
						.append("</v></c>");
				}
			}
			sheet.append("</row>");
		}
		sheet.append("</sheetData></worksheet>");
		StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
		shared.forEach((s) -> strings.append("<si><t>").append(s).append("</t></si>"));
		strings.append("</sst>");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "xl/workbook.xml",
					"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
							+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
							+ "<sheets><sheet name=\"Partners\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels",
					"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/partners.xml\"/></Relationships>");
			entry(zip, "xl/worksheets/partners.xml", sheet.toString());
			entry(zip, "xl/sharedStrings.xml", strings.toString());
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String xml) throws Exception {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
