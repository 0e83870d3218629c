package org.accord.home;

import org.accord.Html;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class HomeControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsCountsAndTheLatestAgreementsAndDelegations() throws Exception {
		String html = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long institutions = this.jdbc.queryForObject("select count(*) from institution where archived_at is null",
				Long.class);
		long countries = this.jdbc.queryForObject(
				"select count(distinct country_code) from institution where archived_at is null", Long.class);
		Html.assertInOrder(html, ">" + institutions + "<", "Institutions", ">" + countries + "<", "Countries", ">5<",
				"Agreements", ">3<", "Offices", ">6<", "Delegations and events", ">20<", "Figures");
		Html.assertInOrder(Html.section(html, "latest-agreements"), "2024-03-27", "2019-08-03", "Not stated");
		Html.assertInOrder(Html.section(html, "latest-delegations"), "Opening of the 2024 SSPU Global Partnership Week",
				"2019-08-03");
	}

}
