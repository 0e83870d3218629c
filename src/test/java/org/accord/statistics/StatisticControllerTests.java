package org.accord.statistics;

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
class StatisticControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsEveryFigureWithItsPeriod() throws Exception {
		this.mvc.perform(get("/statistics").param("size", "50"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 1–20 of 20")))
			.andExpect(content().string(containsString("2013–2017")))
			.andExpect(content().string(containsString("as of 2017-12")))
			.andExpect(content().string(containsString("nearly 100")));
	}

	@Test
	void filtersByMeasurePartnerCountryAndYear() throws Exception {
		this.mvc.perform(get("/statistics").param("measure", "STUDENTS_SENT").param("country", "JP"))
			.andExpect(content().string(containsString("Showing 1–1 of 1")))
			.andExpect(content().string(containsString("Chongqing University")));
		// 2015 lies inside the range 2013–2017.
		this.mvc.perform(get("/statistics").param("year", "2015"))
			.andExpect(content().string(containsString("Showing 1–2 of 2")));
		// 2024: the SSPU figures stated "as of" 2024-03-27.
		this.mvc.perform(get("/statistics").param("year", "2024"))
			.andExpect(content().string(containsString("Showing 1–2 of 2")));
	}

	@Test
	void sortsByValue() throws Exception {
		String html = this.mvc.perform(get("/statistics").param("sort", "value").param("dir", "desc"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(html, "300", "251", "171", "more than 160");
	}

	@Test
	void showsTheFigureWithItsPartnerAndSource() throws Exception {
		Long id = this.jdbc.queryForObject("select id from exchange_statistic where partner_institution_id is not null",
				Long.class);
		String html = this.mvc.perform(get("/statistics/{id}", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(html, "Funded students", "21", "Chongqing University", "Ryoichi Sasakawa Foundation",
				"Japan", "as of 2018-01-05",
				"Zhang Zongyi Meets with Consul General of Consulate General of Japan in Chongqing");
	}

}
