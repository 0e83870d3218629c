package org.accord.agreement;

import java.util.Map;

import org.accord.EditingPortalTest;
import org.accord.Html;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EditingPortalTest
@WithUserDetails("editor")
class AgreementFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void savesAnAgreementThatBothPartiesPagesShow() throws Exception {
		MvcResult result = this.mvc
			.perform(agreement("Student exchange between Chuo and Hirosaki", "ACTIVE").param("signedOn", "2025-06-01")
				.param("validFrom", "2025-09-01")
				.param("validUntil", "2030-08-31")
				.param("parties[0]", "Chuo University")
				.param("parties[1]", "弘前大学")
				.param("signatoryParties[0]", "chuo")
				.param("signatoryNames[0]", "Fukuhiko Fukuhara")
				.param("signatoryRoles[0]", "President")
				.param("signatoryParties[1]", "HU")
				.param("signatoryNames[1]", "Shinsaku Fukuda"))
			.andExpect(redirectedUrlPattern("/agreements/*"))
			.andReturn();
		String page = this.mvc.perform(get(result.getResponse().getRedirectedUrl()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("AGR-2025-\\d{3}");
		Html.assertInOrder(Html.section(page, "parties"), "Chuo University", "Fukuhiko Fukuhara", "President",
				"Hirosaki University", "Shinsaku Fukuda");
		Html.assertInOrder(page, "2025-06-01", "2025-09-01", "2030-08-31");
		for (String party : new String[] { "Chuo University", "Hirosaki University" }) {
			Long partyId = this.jdbc.queryForObject("select id from institution where name_en = ? order by id limit 1",
					Long.class, party);
			this.mvc.perform(get("/institutions/{id}", partyId))
				.andExpect(content().string(containsString("Student exchange between Chuo and Hirosaki")));
		}
	}

	@Test
	void showsEachRuleBrokenBesideItsFieldAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(agreement("Half-finished agreement", "ACTIVE").param("validFrom", "2025-09-01")
				.param("validUntil", "2025-08-31")
				.param("parties[0]", "Chuo University")
				.param("parties[1]", "Nowhere Institute of Nothing")
				.param("signatoryParties[0]", "Kyoto University")
				.param("signatoryNames[0]", "Someone"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following:")))
			.andExpect(content().string(containsString("An active agreement needs the date it was signed.")))
			.andExpect(content().string(containsString("“Valid until” must not be before “valid from”.")))
			.andExpect(content().string(containsString("No single recorded institution matches “Nowhere Institute")))
			.andExpect(content().string(containsString("Type the name of one of this agreement’s parties.")))
			.andExpect(content().string(containsString("value=\"Half-finished agreement\"")))
			.andExpect(content().string(containsString("value=\"Nowhere Institute of Nothing\"")))
			.andExpect(content().string(containsString("value=\"2025-08-31\"")));
		assertThat(count("Half-finished agreement")).isZero();
	}

	@Test
	void needsTwoDifferentPartiesAndASigningDateNotInTheFuture() throws Exception {
		this.mvc
			.perform(agreement("One-sided", "ACTIVE").param("signedOn", "2999-01-01")
				.param("parties[0]", "Chuo University")
				.param("parties[1]", "chuo university"))
			.andExpect(content().string(containsString("An agreement needs at least two different parties.")))
			.andExpect(content().string(containsString("An active agreement cannot be signed in the future.")));
		this.mvc
			.perform(agreement("Badly dated", "DRAFT").param("signedOn", "2024-02-30")
				.param("parties[0]", "Chuo University")
				.param("parties[1]", "Kyoto University"))
			.andExpect(content().string(containsString("Enter a year (2011), a month (2017-10) or a day")));
	}

	@Test
	void addsAMissingPartyWithoutLosingWhatWasTyped() throws Exception {
		this.mvc
			.perform(agreement("MoU with a new Spanish partner", "DRAFT").param("signedOn", "2024")
				.param("parties[0]", "SSPU")
				.param("newParty.nameEn", "Universidad de Ejemplo")
				.param("newParty.countryCode", "ES")
				.param("newParty.kind", "UNIVERSITY")
				.param("signatoryParties[0]", "Universidad de Ejemplo")
				.param("signatoryNames[0]", "Ana García")
				.param("signatoryRoles[0]", "Rectora"))
			.andExpect(redirectedUrlPattern("/agreements/*"));
		assertThat(this.jdbc.queryForObject("select country_code from institution where name_en = ?", String.class,
				"Universidad de Ejemplo"))
			.isEqualTo("ES");
		assertThat(this.jdbc.queryForList("""
				select i.name_en from agreement a join agreement_party p on p.agreement_id = a.id
				join institution i on i.id = p.institution_id where a.title = ? order by i.name_en""", String.class,
				"MoU with a new Spanish partner"))
			.containsExactly("Shanghai Polytechnic University", "Universidad de Ejemplo");
		assertThat(this.jdbc.queryForObject("""
				select s.name || ' / ' || i.name_en from signatory s join institution i on i.id = s.institution_id
				join agreement a on a.id = s.agreement_id where a.title = ?""", String.class,
				"MoU with a new Spanish partner"))
			.isEqualTo("Ana García / Universidad de Ejemplo");
	}

	@Test
	void asksBeforeRecordingTheSameAgreementTwice() throws Exception {
		this.mvc
			.perform(agreement("SSPU and TechProtect MoU, entered again", "ACTIVE").param("signedOn", "2024-03-27")
				.param("parties[0]", "TechProtect GmbH")
				.param("parties[1]", "SSPU"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is already recorded")))
			.andExpect(content().string(containsString("AGR-2024-001")));
		assertThat(count("SSPU and TechProtect MoU, entered again")).isZero();
		this.mvc
			.perform(agreement("SSPU and TechProtect MoU, entered again", "ACTIVE").param("signedOn", "2024-03-27")
				.param("parties[0]", "TechProtect GmbH")
				.param("parties[1]", "SSPU")
				.param("confirmedNew", "true"))
			.andExpect(redirectedUrlPattern("/agreements/*"));
		assertThat(count("SSPU and TechProtect MoU, entered again")).isOne();
	}

	@Test
	void addsRowsWithoutLosingAnything() throws Exception {
		this.mvc
			.perform(agreement("Needs many parties", "DRAFT").param("parties[0]", "Chuo University")
				.param("parties[1]", "Kyoto University")
				.param("parties[2]", "Kyushu University")
				.param("moreRows", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Needs many parties\"")))
			.andExpect(content().string(containsString("value=\"Kyushu University\"")))
			.andExpect(content().string(containsString("id=\"parties5\"")))
			.andExpect(content().string(not(containsString("Please correct the following:"))));
		assertThat(count("Needs many parties")).isZero();
	}

	@Test
	void editsAnAgreementKeepingItsLinksAndRecordsTheChange() throws Exception {
		Long id = this.jdbc.queryForObject("select id from agreement where reference = 'AGR-2019-001'", Long.class);
		String form = this.mvc.perform(get("/agreements/{id}/edit", id)).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("value=\"2019-08-03\"").contains("value=\"Wu Jianyong\"");
		Map<String, String> fields = Html.formFields(form);
		fields.put("summary", "Edited summary.");
		Long lastChange = this.jdbc.queryForObject("select coalesce(max(id), 0) from record_change", Long.class);
		this.mvc.perform(postForm("/agreements/{id}", id, fields)).andExpect(redirectedUrlPattern("/agreements/*"));

		String page = this.mvc.perform(get("/agreements/{id}", id)).andReturn().getResponse().getContentAsString();
		Html.assertInOrder(page, "Inauguration of the USST Tokyo Office at Chuo University", "Edited summary.",
				"Tokyo Office of the University of Shanghai for Science and Technology");
		assertThat(Html.section(page, "parties").split("Wu Jianyong", -1)).hasSize(2);
		assertThat(this.jdbc.queryForList(
				"select field from record_change where record_type = 'AGREEMENT' and record_id = ? and id > ?",
				String.class, id, lastChange))
			.containsExactly("common.summary");
		Html.assertInOrder(Html.section(page, "history"), "editor", "Summary", "Edited summary.");
	}

	@Test
	void neverLetsTwoEditsOverwriteEachOther() throws Exception {
		Long id = this.jdbc.queryForObject("select id from agreement where reference = 'AGR-2024-002'", Long.class);
		String form = this.mvc.perform(get("/agreements/{id}/edit", id)).andReturn().getResponse().getContentAsString();
		Map<String, String> first = Html.formFields(form);
		first.put("summary", "First editor's summary.");
		this.mvc.perform(postForm("/agreements/{id}", id, first)).andExpect(redirectedUrlPattern("/agreements/*"));

		Map<String, String> second = Html.formFields(form);
		second.put("summary", "Second editor's summary.");
		this.mvc.perform(postForm("/agreements/{id}", id, second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("First editor&#39;s summary.")))
			.andExpect(content().string(containsString("Second editor&#39;s summary.")));
		assertThat(this.jdbc.queryForObject("select summary from agreement where id = ?", String.class, id))
			.isEqualTo("First editor's summary.");
	}

	@Test
	void showsAnActiveAgreementPastItsValidityAsExpiredWithoutAnEdit() throws Exception {
		MvcResult saved = this.mvc
			.perform(agreement("Ended exchange agreement", "ACTIVE").param("signedOn", "2020-01-15")
				.param("validFrom", "2020-02-01")
				.param("validUntil", "2021-12-31")
				.param("parties[0]", "Chuo University")
				.param("parties[1]", "Kyoto University"))
			.andReturn();
		this.mvc.perform(get(saved.getResponse().getRedirectedUrl()))
			.andExpect(content().string(containsString("status-EXPIRED\">Expired")));
		this.mvc.perform(get("/agreements").param("status", "EXPIRED"))
			.andExpect(content().string(containsString("Ended exchange agreement")));
		this.mvc.perform(get("/agreements").param("status", "ACTIVE"))
			.andExpect(content().string(not(containsString("Ended exchange agreement"))));
		assertThat(this.jdbc.queryForObject("select status from agreement where title = 'Ended exchange agreement'",
				String.class))
			.isEqualTo("ACTIVE");
	}

	@Test
	void archivesAnAgreementOutOfTheListsAndRestoresIt() throws Exception {
		this.mvc.perform(agreement("Agreement to archive", "DRAFT").param("parties[0]", "Chuo University")
			.param("parties[1]", "Kyoto University"));
		Long id = this.jdbc.queryForObject("select id from agreement where title = 'Agreement to archive'", Long.class);
		this.mvc.perform(post("/agreements/{id}/archive", id).with(csrf()));
		this.mvc.perform(get("/agreements").param("q", "Agreement to archive"))
			.andExpect(content().string(containsString("No records match these filters.")));
		this.mvc.perform(get("/agreements").param("q", "Agreement to archive").param("archived", "true"))
			.andExpect(content().string(containsString("Agreement to archive")));
		this.mvc.perform(post("/agreements/{id}/restore", id).with(csrf()));
		this.mvc.perform(get("/agreements").param("q", "Agreement to archive"))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
	}

	/** A new MoU; a draft unless the test gives another status. */
	private MockHttpServletRequestBuilder agreement(String title, String status) {
		return post("/agreements").with(csrf())
			.param("title", title)
			.param("kind", "MEMORANDUM_OF_UNDERSTANDING")
			.param("status", status);
	}

	private static MockHttpServletRequestBuilder postForm(String url, Long id, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url, id).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private long count(String title) {
		return this.jdbc.queryForObject("select count(*) from agreement where title = ?", Long.class, title);
	}

}
