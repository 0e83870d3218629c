package org.accord.search;

import java.util.List;

import org.accord.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word of one or two characters matches a word of the document that it is or that
 * starts with it, and the word starts' own index answers that (V22).
 */
@PortalTest
class ShortWordTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}")
	@CsvSource(delimiter = ';', textBlock = """
			germany 德国 ドイツ             ; 德国 ; true
			germany 德国人 ドイツ           ; 德国 ; true
			germany 在德国 ドイツ           ; 德国 ; false
			|hokkaido university| 北大 北海 ; 北大 ; true
			|humboldt university| hu       ; HU   ; true
			|humboldt university| berlin   ; hu   ; true
			|the hub| berlin               ; ub   ; false
			|x-ray lab| berlin             ; x    ; true
			|xenon lab| berlin             ; x    ; false
			|kyoto university|             ; Ky   ; true
			""")
	void aShortWordMatchesTheStartOfAWord(String document, String word, boolean matches) {
		assertThat(this.jdbc.queryForObject("select accord_matches(?, ?)", Boolean.class, document, word))
			.isEqualTo(matches);
	}

	@ParameterizedTest
	@ValueSource(strings = { "institution", "agreement", "office", "delegation", "source", "person" })
	void isAnsweredByTheIndexOfWordStarts(String table) {
		List<String> plan = this.transaction.execute((status) -> {
			this.jdbc.execute("set local enable_seqscan = off");
			return this.jdbc.queryForList(
					"explain select id from " + table + " where accord_matches(search_document, E'德国')", String.class);
		});
		assertThat(String.join("\n", plan)).contains(table + "_word_starts_idx").doesNotContain("%>");
	}

}
