package org.accord.search;

import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The institution fields' suggestions, and what a search that finds nothing offers. */
@PortalTest
class SuggestionAndNoResultsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void suggestsTheBestMatchesFirstWithWhatTellsThemApart() throws Exception {
		this.mvc.perform(get("/institutions/suggestions").param("q", "hiros").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].name").value("Hirosaki University"))
			.andExpect(jsonPath("$[0].nativeName").value("弘前大学"))
			.andExpect(jsonPath("$[0].country").value("Japan"));
	}

	@Test
	void suggestsAtMostTenAndNothingForNothingTyped() throws Exception {
		this.mvc.perform(get("/institutions/suggestions").param("q", "university"))
			.andExpect(jsonPath("$.length()", lessThanOrEqualTo(10)))
			.andExpect(jsonPath("$[9]").exists());
		this.mvc.perform(get("/institutions/suggestions").param("q", "  ")).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/institutions/suggestions")).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void answersAHugeTextQuickly() throws Exception {
		this.mvc.perform(get("/institutions/suggestions").param("q", "hirosaki ".repeat(100_000)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "kyoto ".repeat(100_000))).andExpect(status().isOk());
	}

	@Test
	void offersTheClosestNamesWhenNothingMatches() throws Exception {
		this.mvc.perform(get("/search").param("q", "Hirosaki Aomori campus"))
			.andExpect(content().string(containsString("Nothing matches")))
			.andExpect(content().string(containsString("Did you mean:")))
			.andExpect(content().string(containsString("href=\"/search?q=Hirosaki%20University\"")));
	}

	@Test
	void marksTheWordsOfTheQueryInTheResults() throws Exception {
		this.mvc.perform(get("/search").param("q", "kyōto"))
			.andExpect(content().string(containsString("<mark>Kyoto</mark> University")));
	}

}
