package org.accord.search;

import org.accord.Html;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class SearchControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void groupsResultsByKindOfRecord() throws Exception {
		String html = this.mvc.perform(get("/search").param("q", "Chuo"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(Html.section(html, "found-institutions"), "<mark>Chuo</mark> University", "中央大学");
		Html.assertInOrder(Html.section(html, "found-agreements"), "AGR-2019-001");
		Html.assertInOrder(Html.section(html, "found-offices"), "Tokyo Office");
		Html.assertInOrder(Html.section(html, "found-delegations"), "Inauguration of the USST Tokyo Office");
		Html.assertInOrder(Html.section(html, "found-sources"),
				"USST Tokyo Office established at the <mark>Chuo</mark> University");
		Html.assertInOrder(Html.section(html, "found-people"), "Fukuhiko Fukuhara");
	}

	@Test
	void showsTheFiguresOfTheInstitutionsFound() throws Exception {
		String html = this.mvc.perform(get("/search").param("q", "Chongqing University"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(Html.section(html, "found-institutions"), "<mark>Chongqing</mark> <mark>University</mark>");
		Html.assertInOrder(Html.section(html, "found-statistics"), "Chongqing University: Foreign academicians");
	}

	@Test
	void findsAPartnerByItsOwnScriptName() throws Exception {
		this.mvc.perform(get("/search").param("q", "弘前"))
			.andExpect(content().string(containsString("Hirosaki University")))
			.andExpect(content().string(containsString("Hirosaki University overseas office")));
	}

	@Test
	void findsPeopleByNameOrRole() throws Exception {
		String html = this.mvc.perform(get("/search").param("q", "vice rector"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(Html.section(html, "found-people"), "Galina Ivanova", "University of Ruse");
	}

	@Test
	void linksToTheFullListWhenAKindHasMoreThanFiveMatches() throws Exception {
		this.mvc.perform(get("/search").param("q", "japan"))
			.andExpect(content().string(containsString("href=\"/institutions?q=japan\"")));
	}

	@Test
	void showsMarkupInTheQueryAsText() throws Exception {
		this.mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("Nothing matches")));
	}

	@Test
	void asksForTextWhenTheQueryIsEmpty() throws Exception {
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Type part of a name")));
	}

}
