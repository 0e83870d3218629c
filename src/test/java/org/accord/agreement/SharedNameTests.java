package org.accord.agreement;

import org.accord.EditingPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Two institutions with one English name (confirmed as distinct): the suggestions offer
 * each as "Name (Country)", a party typed so is taken, and the bare name is refused with
 * the names that tell them apart.
 */
@EditingPortalTest
@WithUserDetails("editor")
class SharedNameTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSharedNameIsToldApartByItsCountry() throws Exception {
		for (String country : new String[] { "JP", "CN" }) {
			this.mvc.perform(post("/institutions").with(csrf())
				.param("nameEn", "Twin Name University")
				.param("kind", "UNIVERSITY")
				.param("countryCode", country)
				.param("confirmedNew", "true"));
		}
		this.mvc.perform(get("/institutions/suggestions").param("q", "Twin Name"))
			.andExpect(jsonPath("$[*].name", hasItems("Twin Name University (Japan)", "Twin Name University (China)")));

		this.mvc.perform(agreement("Twin Name University"))
			.andExpect(content().string(containsString("More than one recorded institution is called “Twin Name "
					+ "University”: type one of Twin Name University (")))
			.andExpect(content().string(containsString("Twin Name University (Japan)")));
		assertThat(count()).isZero();

		this.mvc.perform(agreement("Twin Name University (China)"));
		assertThat(this.jdbc.queryForObject("""
				select i.country_code from agreement a join agreement_party p on p.agreement_id = a.id
				join institution i on i.id = p.institution_id
				where a.title = 'Twinning agreement' and i.name_en = 'Twin Name University'""", String.class))
			.isEqualTo("CN");
	}

	private MockHttpServletRequestBuilder agreement(String party) {
		return post("/agreements").with(csrf())
			.param("title", "Twinning agreement")
			.param("kind", "MEMORANDUM_OF_UNDERSTANDING")
			.param("status", "DRAFT")
			.param("parties[0]", "Kyoto University")
			.param("parties[1]", party);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from agreement where title = 'Twinning agreement'",
				Long.class);
	}

}
