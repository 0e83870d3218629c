package org.accord.source;

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
class SourceControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsTheArticlesWithHowManyRecordsCiteEach() throws Exception {
		String html = this.mvc.perform(get("/sources").param("sort", "file"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 1–5 of 5")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long usstRecords = this.jdbc.queryForObject("""
				select (select count(*) from institution where source_id = s.id)
				     + (select count(*) from agreement where source_id = s.id)
				     + (select count(*) from office where source_id = s.id)
				     + (select count(*) from delegation where source_id = s.id)
				     + (select count(*) from exchange_statistic where source_id = s.id)
				     + (select count(*) from person where source_id = s.id)
				from source s where file_name = '000_0ccd92c3edace669.txt'""", Long.class);
		Html.assertInOrder(html, "000_0ccd92c3edace669.txt", ">" + usstRecords + "<", "001_008f5d4b0075834d.txt");
	}

	@Test
	void filtersByPublicationYear() throws Exception {
		this.mvc.perform(get("/sources").param("year", "2021"))
			.andExpect(
					content().string(containsString("DUT Celebrated 20 Years of Exchanges with Hirosaki University")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
	}

	@Test
	void showsEveryRecordTheArticleGaveUs() throws Exception {
		Long id = this.jdbc.queryForObject("select id from source where file_name = '004_1a80e293d44dcc6f.txt'",
				Long.class);
		String html = this.mvc.perform(get("/sources/{id}", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(Html.section(html, "institutions"), "International Education Associate Shanghai",
				"Shanghai Polytechnic University", "上海第二工业大学", "TechProtect GmbH", "University of Ruse");
		Html.assertInOrder(Html.section(html, "agreements"), "AGR-2024-001", "AGR-2024-002");
		Html.assertInOrder(Html.section(html, "delegations"), "2024-03-27",
				"Opening of the 2024 SSPU Global Partnership Week");
		Html.assertInOrder(Html.section(html, "statistics"), "Partner institutions", "171");
		Html.assertInOrder(Html.section(html, "people"), "Armin Kienle", "Galina Ivanova", "Vice Rector");
	}

}
