package org.accord.delegation;

import org.accord.EditingPortalTest;
import org.accord.Html;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EditingPortalTest
@WithUserDetails("editor")
class DelegationFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordsAVisitWithTheInstitutionsItVisited() throws Exception {
		MvcResult saved = this.mvc
			.perform(delegation("DUT delegation to Hirosaki").param("startsOn", "2025-04-10")
				.param("endsOn", "2025-04-14")
				.param("home", "DUT")
				.param("leaderName", "Guo Dongming")
				.param("participants[0]", "Hirosaki University")
				.param("participants[1]", "弘前大学")
				.param("participants[2]", "Kyoto University")
				.param("participantCount", "12")
				.param("participantApproximation", "ABOUT"))
			.andExpect(redirectedUrlPattern("/delegations/*"))
			.andReturn();
		String page = this.mvc.perform(get(saved.getResponse().getRedirectedUrl()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(page, "2025-04-10 – 2025-04-14", "Dalian University of Technology", "Guo Dongming",
				"about 12");
		Html.assertInOrder(Html.section(page, "participants"), "Hirosaki University", "Kyoto University");
		Long id = this.jdbc.queryForObject("select id from delegation where title = 'DUT delegation to Hirosaki'",
				Long.class);
		assertThat(this.jdbc.queryForObject("select count(*) from delegation_participant where delegation_id = ?",
				Long.class, id))
			.isEqualTo(2);
	}

	@Test
	void showsEachProblemBesideItsFieldAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(delegation("Visit with problems").param("startsOn", "2025-04-10")
				.param("endsOn", "2025-04-01")
				.param("home", "Atlantis University")
				.param("participants[0]", "Nowhere College")
				.param("participantCount", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"endsOn-error\">“To” must not be before “from”.")))
			.andExpect(content().string(containsString("id=\"home-error\">No single recorded institution matches")))
			.andExpect(content().string(containsString("No single recorded institution matches “Nowhere College”")))
			.andExpect(content().string(containsString("id=\"participantCount-error\">")))
			.andExpect(content().string(containsString("value=\"Visit with problems\"")))
			.andExpect(content().string(containsString("value=\"Atlantis University\"")));
	}

	@Test
	void archivesAndRestoresADelegation() throws Exception {
		this.mvc.perform(delegation("Delegation to archive").param("startsOn", "2025-01-01").param("home", "CQU"));
		Long id = this.jdbc.queryForObject("select id from delegation where title = 'Delegation to archive'",
				Long.class);
		this.mvc.perform(post("/delegations/{id}/archive", id).with(csrf()));
		this.mvc.perform(get("/delegations").param("q", "Delegation to archive"))
			.andExpect(content().string(containsString("No records match these filters.")));
		this.mvc.perform(post("/delegations/{id}/restore", id).with(csrf()));
		this.mvc.perform(get("/delegations").param("q", "Delegation to archive"))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
	}

	private MockHttpServletRequestBuilder delegation(String title) {
		return post("/delegations").with(csrf())
			.param("title", title)
			.param("direction", "OUTBOUND_VISIT")
			.param("format", "IN_PERSON");
	}

}
