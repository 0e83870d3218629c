package org.accord.agreement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.accord.EditingPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EditingPortalTest
@WithUserDetails("editor")
class AgreementDocumentTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void attachesASignedPdfThatEveryoneCanDownload() throws Exception {
		Long id = agreement("AGR-2024-001");
		this.mvc
			.perform(multipart("/agreements/{id}/documents", id)
				.file(new MockMultipartFile("file", "MoU signed 2024.pdf", "application/octet-stream", PDF))
				.param("description", "Signed copy, both signatures")
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "document.flash.attached"));

		this.mvc.perform(get("/agreements/{id}", id))
			.andExpect(content().string(containsString("MoU signed 2024.pdf")))
			.andExpect(content().string(containsString("Signed copy, both signatures")));
		Long documentId = this.jdbc.queryForObject(
				"select id from agreement_document where agreement_id = ? and file_name = 'MoU signed 2024.pdf'",
				Long.class, id);
		MvcResult download = this.mvc
			.perform(get("/agreements/{id}/documents/{doc}", id, documentId)
				.with(SecurityMockMvcRequestPostProcessors.user("x").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
	}

	@Test
	void refusesAFileThatIsNotWhatItsNameSaysAndKeepsTheNote() throws Exception {
		Long id = agreement("AGR-2024-002");
		this.mvc
			.perform(multipart("/agreements/{id}/documents", id)
				.file(new MockMultipartFile("file", "contract.pdf", "application/pdf",
						"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
				.param("description", "Looks like a PDF")
				.with(csrf()))
			.andExpect(flash().attribute("documentError", "document.error.type"))
			.andExpect(flash().attribute("documentDescription", "Looks like a PDF"));
		assertThat(documents(id, "contract.pdf")).isZero();
	}

	@Test
	void refusesAFileOverTwentyMegabytes() throws Exception {
		Long id = agreement("AGR-2019-001");
		byte[] large = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
		this.mvc
			.perform(multipart("/agreements/{id}/documents", id)
				.file(new MockMultipartFile("file", "huge.pdf", "application/pdf", large))
				.with(csrf()))
			.andExpect(flash().attribute("documentError", "document.error.tooLarge"));
		assertThat(documents(id, "huge.pdf")).isZero();
	}

	@Test
	void namesTheTypeByContentAndKeepsOnlyTheFileName() throws Exception {
		Long id = agreement("AGR-ND-001");
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
		this.mvc
			.perform(multipart("/agreements/{id}/documents", id)
				.file(new MockMultipartFile("file", "C:\\Users\\staff\\photo.png", "image/png", jpeg))
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "document.flash.attached"));
		assertThat(this.jdbc.queryForObject(
				"select file_name || ' ' || media_type from agreement_document where agreement_id = ?", String.class,
				id))
			.isEqualTo("photo.png image/jpeg");
	}

	private Long agreement(String reference) {
		return this.jdbc.queryForObject("select id from agreement where reference = ?", Long.class, reference);
	}

	private long documents(Long agreementId, String fileName) {
		return this.jdbc.queryForObject(
				"select count(*) from agreement_document where agreement_id = ? and file_name = ?", Long.class,
				agreementId, fileName);
	}

}
