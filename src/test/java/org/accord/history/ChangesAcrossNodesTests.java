package org.accord.history;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.EditingPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A record saved on another portal node shows at once on this node's cached figures: the
 * overview's counts, a list's total and the dashboard. The other node is played here by
 * what it does to the shared database: it writes the record and, once committed, advances
 * the change generation.
 */
@EditingPortalTest
class ChangesAcrossNodesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aChangeOnAnotherNodeShowsOnThisNodesCachedPages() throws Exception {
		long institutions = homeCount();
		long listed = listTotal();
		long partners = partners();

		// The other node writes; until its commit advances the generation, this node's
		// figures are the ones it keeps (which shows that they are kept at all).
		this.jdbc.update("insert into institution (name_en, kind, country_code) values ('Other Node University', "
				+ "'UNIVERSITY', 'FR')");
		assertThat(homeCount()).isEqualTo(institutions);
		assertThat(listTotal()).isEqualTo(listed);
		assertThat(partners()).isEqualTo(partners);

		this.jdbc.queryForObject("select nextval('accord_change_generation')", Long.class);
		assertThat(homeCount()).isEqualTo(institutions + 1);
		assertThat(listTotal()).isEqualTo(listed + 1);
		assertThat(partners()).isEqualTo(partners + 1);
	}

	private long homeCount() throws Exception {
		return number(page("/", "viewer"), "display-6\">([0-9,]+)</div><div>Institutions<");
	}

	private long listTotal() throws Exception {
		return number(page("/institutions?size=5", "viewer"), "Showing 1–5 of ([0-9,]+)");
	}

	private long partners() throws Exception {
		return number(page("/dashboard", "leader"),
				"figure-value d-block\">([0-9,]+)</span>\\s*<span class=\"figure-label[^\"]*\">Partner institutions<");
	}

	private String page(String path, String who) throws Exception {
		return this.mvc.perform(get(path).with(user(who).roles(who.toUpperCase())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static long number(String page, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(page);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return Long.parseLong(matcher.group(1).replace(",", ""));
	}

}
