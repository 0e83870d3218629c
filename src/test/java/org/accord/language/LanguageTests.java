package org.accord.language;

import jakarta.servlet.http.Cookie;
import org.accord.PortalTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

/** The language comes from the browser until the user chooses one, and is remembered. */
@PortalTest
class LanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRecordsPageWritesDatesAsTheReadersLanguageDoesAndListsKeepIso() throws Exception {
		Long id = this.jdbc.queryForObject("select id from agreement where reference = 'AGR-2019-001'", Long.class);
		this.mvc.perform(get("/agreements/{id}", id).param("lang", "ja"))
			.andExpect(content().string(containsString("title=\"2019-08-03\">2019年8月3日</dd>")));
		this.mvc.perform(get("/agreements/{id}", id).param("lang", "zh-CN"))
			.andExpect(content().string(containsString(">2019年8月3日</dd>")));
		this.mvc.perform(get("/agreements/{id}", id).param("lang", "en"))
			.andExpect(content().string(containsString(">2019-08-03</dd>")));
		this.mvc.perform(get("/agreements").param("lang", "ja").param("q", "AGR-2019-001"))
			.andExpect(content().string(containsString("2019-08-03")))
			.andExpect(content().string(Matchers.not(containsString("2019年8月3日"))));
	}

	@Test
	void speaksTheBrowsersLanguage() throws Exception {
		this.mvc.perform(get("/institutions").header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5"))
			.andExpect(content().string(containsString("<html lang=\"ja\"")))
			.andExpect(content().string(containsString(">機関</h1>")));
		this.mvc.perform(get("/institutions").header("Accept-Language", "zh-CN,zh;q=0.9"))
			.andExpect(content().string(containsString(">机构</h1>")));
		this.mvc.perform(get("/institutions").header("Accept-Language", "fr-FR,de;q=0.8"))
			.andExpect(content().string(containsString(">Institutions</h1>")));
	}

	@Test
	void remembersTheChosenLanguageInACookie() throws Exception {
		MvcResult chosen = this.mvc.perform(get("/agreements").param("lang", "zh-CN").header("Accept-Language", "ja"))
			.andExpect(cookie().exists(Languages.COOKIE))
			.andExpect(content().string(containsString(">协议</h1>")))
			.andReturn();
		Cookie remembered = chosen.getResponse().getCookie(Languages.COOKIE);
		this.mvc.perform(get("/offices").cookie(remembered).header("Accept-Language", "ja"))
			.andExpect(content().string(containsString(">海外办事处</h1>")));
	}

	@Test
	void offersEveryLanguageFromEveryPageKeepingItsFilters() throws Exception {
		String page = this.mvc.perform(get("/agreements?country=JP&page=1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/agreements?country=JP&amp;page=1&amp;lang=ja\"")
			.contains(">日本語</a>")
			.contains(">简体中文</a>")
			.contains(">English</a>");
	}

	@Test
	void ignoresALanguageItDoesNotSpeak() throws Exception {
		this.mvc.perform(get("/institutions").param("lang", "xx-<script>"))
			.andExpect(content().string(containsString(">Institutions</h1>")));
		this.mvc.perform(get("/institutions").param("lang", "fr"))
			.andExpect(content().string(containsString(">Institutions</h1>")));
	}

	@Test
	void theSignInPageSpeaksItToo() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "ja"))
			.andExpect(content().string(containsString("ログイン")));
	}

}
