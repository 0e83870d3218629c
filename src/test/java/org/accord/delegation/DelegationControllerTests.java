package org.accord.delegation;

import org.accord.Html;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class DelegationControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsDelegationsNewestFirst() throws Exception {
		String html = this.mvc.perform(get("/delegations"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 1–6 of 6")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(html, "2024-03-27", "2021-12-02", "2019-12-07 – 2019-12-14", "2019-08-03", "2018-01-05");
	}

	@Test
	void filtersByDirectionFormatYearAndCountry() throws Exception {
		this.mvc.perform(get("/delegations").param("direction", "INBOUND_VISIT"))
			.andExpect(content().string(containsString("Consul General of Japan in Chongqing")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
		this.mvc.perform(get("/delegations").param("format", "HYBRID"))
			.andExpect(content().string(containsString("20th Anniversary")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
		this.mvc.perform(get("/delegations").param("year", "2021"))
			.andExpect(content().string(containsString("Showing 1–2 of 2")));
		this.mvc.perform(get("/delegations").param("country", "KR"))
			.andExpect(content().string(containsString("Central South University delegation")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
	}

	@Test
	void findsDelegationsByLeaderAndVisitedInstitution() throws Exception {
		this.mvc.perform(get("/delegations").param("q", "zhu xuehong"))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
		this.mvc.perform(get("/delegations").param("q", "京都大学"))
			.andExpect(content().string(containsString("Central South University delegation")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
	}

	@Test
	void showsVisitedInstitutionsAndTheAgreementsThatCameOutOfIt() throws Exception {
		Long id = this.jdbc.queryForObject("select id from delegation where title like 'Opening of the 2024%'",
				Long.class);
		String html = this.mvc.perform(get("/delegations/{id}", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(html, "Led by", "Lu Min", "Secretary of SSPU Party Committee");
		Html.assertInOrder(Html.section(html, "participants"), "International Education Associate Shanghai",
				"TechProtect GmbH", "University of Ruse");
		Html.assertInOrder(Html.section(html, "outcomes"), "AGR-2024-001", "AGR-2024-002");
	}

	@Test
	void showsApproximateParticipantCountsAsTheArticleGivesThem() throws Exception {
		Long id = this.jdbc.queryForObject("select id from delegation where format = 'HYBRID'", Long.class);
		this.mvc.perform(get("/delegations/{id}", id)).andExpect(content().string(containsString("more than 70")));
	}

}
