package org.accord.web;

import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * What a screen reader needs from the markup that axe-core cannot judge: the language of
 * each name in its own script, and each error tied to its field.
 */
@PortalTest
class AccessibleMarkupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void namesInTheirOwnScriptCarryTheirLanguage() throws Exception {
		this.mvc.perform(get("/institutions/{id}", id("Kyoto University")))
			.andExpect(content().string(containsString("<span class=\"native-name\" lang=\"ja\">京都大学</span>")));
		this.mvc.perform(get("/institutions/{id}", id("Chongqing University")))
			.andExpect(content().string(containsString("<span class=\"native-name\" lang=\"zh\">重庆大学</span>")));
		this.mvc.perform(get("/institutions").param("q", "Korea"))
			.andExpect(content().string(matchesPattern("(?s).*<span class=\"native-name\" lang=\"ko\">[^<]*[가-힣].*")));
		this.mvc.perform(get("/institutions/suggestions").param("q", "kyoto"))
			.andExpect(jsonPath("$[0].nativeName").value("京都大学"))
			.andExpect(jsonPath("$[0].nativeNameLanguage").value("ja"));
	}

	@Test
	@WithUserDetails("editor")
	void anInvalidFieldIsMarkedAndPointsToItsMessage() throws Exception {
		this.mvc.perform(post("/institutions").with(csrf()).param("nameEn", "").param("kind", "UNIVERSITY"))
			.andExpect(content().string(matchesPattern(
					"(?s).*<input[^>]*aria-describedby=\"nameEn-error\" aria-invalid=\"true\" id=\"nameEn\".*")))
			.andExpect(content().string(containsString("<div class=\"invalid-feedback\" id=\"nameEn-error\"")))
			.andExpect(content().string(containsString("tabindex=\"-1\" id=\"error-summary\"")));
	}

	private long id(String name) {
		return this.jdbc.queryForObject("select id from institution where name_en = ?", Long.class, name);
	}

}
