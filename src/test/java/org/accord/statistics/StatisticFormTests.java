package org.accord.statistics;

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
class StatisticFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordsAFigureForARangeOfYearsWithItsPartner() throws Exception {
		MvcResult saved = this.mvc
			.perform(figure("STUDENTS_SENT", "42").param("periodKind", "RANGE")
				.param("yearFrom", "2021")
				.param("yearTo", "2024")
				.param("partnerCountryCode", "JP")
				.param("partnerInstitution", "Hirosaki University")
				.param("note", "Exchange students sent to Hirosaki"))
			.andExpect(redirectedUrlPattern("/statistics/*"))
			.andReturn();
		String page = this.mvc.perform(get(saved.getResponse().getRedirectedUrl()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(page, "Students sent", "42", "Dalian University of Technology", "Hirosaki University",
				"Japan", "2021–2024");
		// Archiving it is confirmed first, the figure named by its measure and
		// institution.
		this.mvc.perform(get(saved.getResponse().getRedirectedUrl() + "/archive").param("lang", "ja"))
			.andExpect(content().string(containsString("派遣学生, Dalian University of Technology")))
			.andExpect(content()
				.string(containsString("action=\"" + saved.getResponse().getRedirectedUrl() + "/archive\"")));
	}

	@Test
	void showsEachProblemBesideItsFieldAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(figure("FUNDED_STUDENTS", "-3").param("periodKind", "RANGE")
				.param("yearFrom", "2024")
				.param("yearTo", "2020")
				.param("partnerInstitution", "Nowhere College"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"value-error\">Enter a whole number of 0 or more.")))
			.andExpect(content().string(containsString("id=\"yearTo-error\">The last year must come after the first.")))
			.andExpect(content().string(containsString("id=\"partnerInstitution-error\">No single recorded")))
			.andExpect(content().string(containsString("value=\"-3\"")));
		this.mvc.perform(figure("FUNDED_STUDENTS", "5").param("periodKind", "AS_OF"))
			.andExpect(content().string(containsString("id=\"asOf-error\">Enter the date the figure is as of")));
		this.mvc.perform(figure("FUNDED_STUDENTS", "12345678901234567890").param("periodKind", "YEAR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"value-error\">")))
			.andExpect(content().string(containsString("id=\"yearFrom-error\">Enter the year.")));
	}

	@Test
	void storesASingleYearAsThatYearToItself() throws Exception {
		this.mvc.perform(figure("VISITING_EXPERTS", "7").param("periodKind", "YEAR").param("yearFrom", "2023"))
			.andExpect(redirectedUrlPattern("/statistics/*"));
		assertThat(this.jdbc.queryForObject(
				"select year_from || '-' || year_to from exchange_statistic where measure = 'VISITING_EXPERTS' and value = 7",
				String.class))
			.isEqualTo("2023-2023");
	}

	private MockHttpServletRequestBuilder figure(String measure, String value) {
		return post("/statistics").with(csrf())
			.param("institution", "DUT")
			.param("measure", measure)
			.param("value", value);
	}

}
