package org.accord.search;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.EditingPortalTest;
import org.accord.Html;
import org.accord.model.SearchWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A word that nearly every document holds is tested on the rows that the query's rarer
 * words found through the trigram index, not read through the index itself (V21), and
 * search finds the same records.
 */
@EditingPortalTest
@WithUserDetails("viewer")
class CommonWordsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchWords searchWords;

	@AfterEach
	void countAgain() {
		this.searchWords.count();
	}

	@Test
	void onlyTheRarerWordsOfAQueryGoThroughTheIndex() {
		this.jdbc.update("update search_word set documents = 180000 where word = 'university'");
		this.jdbc.update("update search_word set documents = 3 where word = 'kyoto'");
		assertThat(indexed("University", "University Kyoto")).isFalse();
		assertThat(indexed("Kyoto", "University Kyoto")).isTrue();
		assertThat(indexed("00042", "university 00042")).as("a number, not a counted word").isTrue();
		assertThat(indexed("university", "university")).as("the rarest word of its query").isTrue();
		assertThat(indexed("universty", "universty kyoto")).as("corrected to a common word").isFalse();

		String plan = this.jdbc.execute((ConnectionCallback<String>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set enable_seqscan = off");
				StringBuilder lines = new StringBuilder();
				try (ResultSet rows = statement.executeQuery("""
						explain select id from institution
						where accord_matches_in(search_document, 'University', 'University Kyoto')
						  and accord_matches_in(search_document, 'Kyoto', 'University Kyoto')""")) {
					while (rows.next()) {
						lines.append(rows.getString(1)).append('\n');
					}
				}
				statement.execute("reset enable_seqscan");
				return lines.toString();
			}
		});
		assertThat(plan).contains("Index Cond: (search_document ~~ '%kyoto%'::text)")
			.contains("strpos(search_document, 'university'::text) > 0")
			.doesNotContain("~~ '%university%'");
	}

	@Test
	void findsTheSameRecordsWhenAWordIsCommon() throws Exception {
		this.jdbc.update("update search_word set documents = 180000 where word in ('university', 'shanghai')");
		// Words in an order and case no other test uses: a statement planned afresh.
		String html = this.mvc.perform(get("/search").param("q", "UNIVERSITY kyoto"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(firstEntry(Html.section(html, "found-institutions"))).startsWith("Kyoto University");
		String shanghai = this.mvc.perform(get("/institutions").param("q", "sCIENCE shanghai University"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shanghai).contains("University of Shanghai for Science and Technology");
	}

	@Test
	void countsTheDocumentsOfNewWords() {
		this.jdbc.update("insert into institution (name_en, kind, country_code) values "
				+ "('Zyxwvut Institute', 'UNIVERSITY', 'JP'), ('Zyxwvut College', 'UNIVERSITY', 'JP')");
		assertThat(documents("zyxwvut")).as("not counted yet").isNull();
		this.searchWords.count();
		assertThat(documents("zyxwvut")).isEqualTo(2);
	}

	private boolean indexed(String word, String query) {
		return this.jdbc.queryForObject("select accord_word_indexed(?, ?)", Boolean.class, word, query);
	}

	private Integer documents(String word) {
		return this.jdbc.queryForObject("select documents from search_word where word = ?", Integer.class, word);
	}

	/** The text of a group's first entry, tags removed. */
	private static String firstEntry(String section) {
		Matcher item = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(section);
		assertThat(item.find()).as("an entry in %s", section).isTrue();
		return HtmlUtils.htmlUnescape(item.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
	}

}
