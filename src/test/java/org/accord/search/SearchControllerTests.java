package org.accord.search;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.Html;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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
		// Each figure says whose it is, about which partner, for which period: five lines
		// of
		// one institution and one measure would otherwise look alike.
		Html.assertInOrder(Html.section(html, "found-statistics"), "Chongqing University: Foreign academicians",
				"as of 2018-01-05", "3", "Chongqing University – Ryoichi Sasakawa Foundation: ", "as of 2018-01-05",
				"21");
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
	void takesQuotesAndBackslashesInTheQueryAsText() throws Exception {
		// The words are written into the search's statement as literals: a quote must not
		// end one.
		for (String q : List.of("kyoto' or '1'='1", "kyoto\\' --", "'; drop table institution; --")) {
			this.mvc.perform(get("/search").param("q", q))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Nothing matches")));
		}
		this.mvc.perform(get("/search").param("q", "O'Brien Kyoto"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing matches")));
		this.mvc.perform(get("/search").param("q", "kyoto")).andExpect(content().string(containsString("Kyoto")));
	}

	/**
	 * The search reads every kind in one statement of its own, and each list reads its
	 * kind through JPA: both must find the same records for a text.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Chuo", "hirosaky", "University Kyoto", "德国", "ドイツ", "上理工", "office", "2019",
			"Chongqing Daxue", "vice rector" })
	void findsTheRecordsEachListFindsForTheText(String q) throws Exception {
		String html = page("/search", q);
		for (String kind : List.of("institutions", "agreements", "offices", "delegations", "sources")) {
			int section = html.indexOf("id=\"found-" + kind + "\"");
			Set<String> found = (section < 0) ? Set.of()
					: links(html.substring(section, html.indexOf("</section>", section)), kind);
			if (html.contains("href=\"/" + kind + "?q=")) {
				continue; // more than are shown: the list's first page is in its own
							// order
			}
			assertThat(found).as("%s for %s", kind, q).isEqualTo(links(page("/" + kind, q), kind));
		}
	}

	private String page(String path, String q) throws Exception {
		return this.mvc.perform(get(path).param("q", q))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The records of a kind that a piece of a page links to. */
	private static Set<String> links(String html, String kind) {
		Set<String> ids = new TreeSet<>();
		Matcher link = Pattern.compile("href=\"/" + kind + "/(\\d+)\"").matcher(html);
		while (link.find()) {
			ids.add(link.group(1));
		}
		return ids;
	}

	@Test
	void asksForTextWhenTheQueryIsEmpty() throws Exception {
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Type part of a name")));
	}

}
