package org.accord.history;

import org.accord.EditingPortalTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * A record's history shows codes as the reader's labels: a kind, a country, in English
 * and Chinese alike.
 */
@EditingPortalTest
@WithUserDetails("editor")
class HistoryLabelsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void editorsMarkAnInstitutionAsOurOwnOnItsFormAndTheHistorySaysSo() throws Exception {
		this.mvc.perform(post("/institutions").with(csrf())
			.param("nameEn", "Home Flag University")
			.param("kind", "UNIVERSITY")
			.param("countryCode", "CN")
			.param("confirmedNew", "true"));
		long id = this.jdbc.queryForObject("select id from institution where name_en = 'Home Flag University'",
				Long.class);
		this.mvc.perform(get("/institutions/{id}/edit", id))
			.andExpect(content().string(containsString("name=\"home\"")))
			.andExpect(content().string(containsString("every partner figure counts only the others")));
		this.mvc.perform(post("/institutions/{id}", id).with(csrf())
			.param("nameEn", "Home Flag University")
			.param("kind", "UNIVERSITY")
			.param("countryCode", "CN")
			.param("home", "true")
			.param("version", "0"));
		Assertions.assertThat(this.jdbc.queryForObject("select home from institution where id = ?", Boolean.class, id))
			.isTrue();
		this.mvc.perform(get("/institutions/{id}", id))
			.andExpect(content().string(containsString("id=\"home-badge\">One of our own institutions<")))
			.andExpect(content().string(containsString(">One of our own institutions</td>")))
			.andExpect(content().string(containsString(">No</td>")))
			.andExpect(content().string(containsString(">Yes</td>")));
		this.mvc.perform(get("/dashboard").with(SecurityMockMvcRequestPostProcessors.user("leader").roles("LEADER")))
			.andExpect(content().string(containsString(">Home Flag University<")));
	}

	@Test
	void kindsAndCountriesAreShownByTheirNames() throws Exception {
		this.mvc.perform(post("/institutions").with(csrf())
			.param("nameEn", "History Label University")
			.param("kind", "UNIVERSITY")
			.param("countryCode", "JP")
			.param("confirmedNew", "true"));
		long id = this.jdbc.queryForObject("select id from institution where name_en = 'History Label University'",
				Long.class);
		this.mvc.perform(post("/institutions/{id}", id).with(csrf())
			.param("nameEn", "History Label University")
			.param("kind", "FOUNDATION")
			.param("countryCode", "DE")
			.param("version", "0"));

		this.mvc.perform(get("/institutions/{id}", id).param("lang", "zh"))
			.andExpect(content().string(containsString(">大学</td>")))
			.andExpect(content().string(containsString(">基金会</td>")))
			.andExpect(content().string(containsString(">日本</td>")))
			.andExpect(content().string(containsString(">德国</td>")))
			.andExpect(content().string(not(containsString(">UNIVERSITY</td>"))))
			.andExpect(content().string(not(containsString(">DE</td>"))));
		this.mvc.perform(get("/institutions/{id}", id).param("lang", "en"))
			.andExpect(content().string(containsString(">University</td>")))
			.andExpect(content().string(containsString(">Germany</td>")));
	}

}
