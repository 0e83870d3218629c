package org.accord.office;

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
class OfficeControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsOfficesWithOwnerAndHost() throws Exception {
		this.mvc.perform(get("/offices"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 1–3 of 3")))
			.andExpect(content().string(containsString("Hirosaki University overseas office")))
			.andExpect(content().string(containsString("弘前大学")));
	}

	@Test
	void filtersByCountryYearAndHostName() throws Exception {
		this.mvc.perform(get("/offices").param("country", "JP"))
			.andExpect(content().string(containsString("Tokyo Office")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
		this.mvc.perform(get("/offices").param("year", "2011"))
			.andExpect(content().string(containsString("Japan Cultural Exchange Center")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
		this.mvc.perform(get("/offices").param("q", "chuo"))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
	}

	@Test
	void showsTheAgreementThatSetTheOfficeUp() throws Exception {
		Long id = this.jdbc.queryForObject("select id from office where city = 'Tokyo'", Long.class);
		String html = this.mvc.perform(get("/offices/{id}", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(html, "Run by", "University of Shanghai for Science and Technology", "Hosted by",
				"Chuo University", "Opened", "2019-08-03", "Set up by", "AGR-2019-001");
	}

}
