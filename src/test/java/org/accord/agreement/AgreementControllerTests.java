package org.accord.agreement;

import org.accord.Html;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class AgreementControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsAgreementsNewestFirstWithTheirParties() throws Exception {
		String html = this.mvc.perform(get("/agreements"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 1–5 of 5")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(html, "AGR-2024-", "AGR-2024-", "AGR-2019-001", "Chuo University", "中央大学");
	}

	@Test
	void findsAgreementsByAPartysName() throws Exception {
		this.mvc.perform(get("/agreements").param("q", "ruse"))
			.andExpect(content().string(containsString("AGR-2024-002")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
		this.mvc.perform(get("/agreements").param("q", "九州"))
			.andExpect(content().string(containsString("AGR-2019-002")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
	}

	@Test
	void filtersByStatusKindYearAndPartyCountry() throws Exception {
		this.mvc.perform(get("/agreements").param("status", "IN_NEGOTIATION"))
			.andExpect(content().string(containsString("AGR-2019-002")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
		this.mvc.perform(get("/agreements").param("kind", "MEMORANDUM_OF_UNDERSTANDING").param("year", "2024"))
			.andExpect(content().string(containsString("Showing 1–2 of 2")))
			.andExpect(content().string(not(containsString("AGR-2019-002"))));
		this.mvc.perform(get("/agreements").param("country", "DE"))
			.andExpect(content().string(containsString("TechProtect GmbH")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
	}

	@Test
	void keepsTheFiltersInSortAndPageLinks() throws Exception {
		this.mvc.perform(get("/agreements").param("status", "ACTIVE").param("size", "2"))
			.andExpect(content().string(containsString("status=ACTIVE&amp;size=2&amp;page=2")))
			.andExpect(content().string(containsString("status=ACTIVE&amp;size=2&amp;sort=reference&amp;dir=asc")));
	}

	@Test
	void showsPartiesSignatoriesDelegationOfficeAndSource() throws Exception {
		String html = this.mvc.perform(get("/agreements/{id}", id("AGR-2019-001")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(Html.section(html, "parties"), "Chuo University", "Fukuhiko Fukuhara", "President",
				"University of Shanghai for Science and Technology", "Wu Jianyong",
				"Secretary of the school party committee");
		assertThat(Html.section(html, "parties").split("Wu Jianyong", -1)).as("Wu Jianyong listed once").hasSize(2);
		Html.assertInOrder(html, "Signed or negotiated during",
				"Inauguration of the USST Tokyo Office at Chuo University");
		Html.assertInOrder(Html.section(html, "offices"),
				"Tokyo Office of the University of Shanghai for Science and Technology");
		Html.assertInOrder(html, "Source", "USST Tokyo Office established at the Chuo University in Japan");
	}

	@Test
	void saysWhenAnArticleGivesNoDate() throws Exception {
		this.mvc.perform(get("/agreements/{id}", id("AGR-ND-001")))
			.andExpect(content().string(containsString("Not stated")))
			.andExpect(content().string(containsString("No signatory recorded")));
	}

	private Long id(String reference) {
		return this.jdbc.queryForObject("select id from agreement where reference = ?", Long.class, reference);
	}

}
