package org.accord.search;

import java.util.List;

import org.accord.PortalTest;
import org.accord.institution.InstitutionService;
import org.accord.model.SearchText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first matches read rank by rank ({@link SearchText#bestSql}) are those of ranking
 * every match ({@link SearchText#rankSql}, then the kind's order), in the same order: on
 * the seeds, and where hundreds of records match. The records added for that are added in
 * a transaction that is rolled back.
 */
@PortalTest
class BestFirstTests {

	/**
	 * Texts in the three scripts, typos, short words, exact names, names' separator,
	 * LIKE's wildcards.
	 */
	static final List<String> TEXTS = List.of("university", "univ", "kyoto", "Kyoto University", "university kyoto",
			"hirosaky", "德国", "大学", "京都大学", "ドイツ", "中央大学", "chuo", "central univ", "hu", "x", "cqu", "ity",
			"chongqing daxue", "2019", "office", "a|b", "zebra", "ZEBRA inst", "institute zebra", "ebra", "zebr",
			"zebra institute 2", "Zebra Institute 0042", "keeper", "zebra keeper", "Ann", "Zebra _", "zebra %");

	static final List<List<String>> KINDS = List.of(List.of("institution", "x.name_en, x.id"),
			List.of("agreement", "x.reference, x.id"), List.of("delegation", "x.starts_on desc nulls last, x.id"),
			List.of("person", "x.name, x.id"));

	@Autowired
	InstitutionService institutions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void readsTheBestMatchesAsRankingThemAllWould() {
		this.transaction.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			sameAsRankedWhole();
			addManyZebras();
			assertThat(this.jdbc.queryForObject("select accord_common_query('zebra')", Boolean.class)).isTrue();
			assertThat(this.jdbc.queryForObject("select accord_common_query('zebra institute 0042')", Boolean.class))
				.isFalse();
			sameAsRankedWhole();
		});
	}

	@Test
	void suggestsACommonTextInTheOrderOfTheSearch() {
		this.transaction.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			addManyZebras();
			// The exact name (an acronym) first, then the names that start with the text
			// or have a word that does, before the city that merely contains it.
			assertThat(suggested("zebra")).startsWith("Zz Last Institute", "Old Zebra Hall", "Zebra Institute 0001",
					"Zebra Institute 0002");
			for (String text : TEXTS) {
				assertThat(suggested(text)).as(text)
					.isEqualTo(rankedWhole("institution", "x.name_en, x.id", text, 10).stream()
						.map((id) -> this.jdbc.queryForObject("select name_en from institution where id = ?",
								String.class, id))
						.toList());
			}
		});
	}

	private void sameAsRankedWhole() {
		int found = 0;
		for (List<String> kind : KINDS) {
			for (String text : TEXTS) {
				List<Long> expected = rankedWhole(kind.get(0), kind.get(1), text, 6);
				assertThat(
						this.jdbc
							.queryForList(
									"select id from (" + SearchText.bestSql("x.id", kind.get(0),
											"x.archived_at is null", kind.get(1), text, 6) + ") best order by n",
									Long.class))
					.as(kind.get(0) + " " + text)
					.isEqualTo(expected);
				found += expected.size();
			}
		}
		assertThat(found).as("records found in all").isGreaterThan(100);
	}

	/**
	 * 2,100 institutions and 300 people that "zebra" matches, counted (a common word:
	 * more than 2,000 documents), and around them an exact name, a name's word and a city
	 * that start with or contain it.
	 */
	private void addManyZebras() {
		this.jdbc
			.update("""
					insert into institution (name_en, kind, country_code)
					select 'Zebra Institute ' || lpad(n::text, 4, '0'), 'UNIVERSITY', 'KE' from generate_series(1, 2100) n""");
		this.jdbc.update("insert into institution (name_en, acronym, kind, country_code)"
				+ " values ('Zz Last Institute', 'Zebra', 'UNIVERSITY', 'KE')");
		this.jdbc
			.update("insert into institution (name_en, kind, country_code) values ('Old Zebra Hall', 'OTHER', 'KE')");
		this.jdbc.update("insert into institution (name_en, city, kind, country_code)"
				+ " values ('Aardvark College', 'Zebraville', 'UNIVERSITY', 'KE')");
		this.jdbc
			.update("""
					insert into person (name, role, institution_id)
					select 'Person ' || lpad(n::text, 3, '0'), 'Zebra keeper', i.id
					from generate_series(1, 300) n join institution i on i.name_en = 'Zebra Institute ' || lpad(n::text, 4, '0')""");
		this.jdbc.update("insert into person (name) values ('Zebra'), ('Ann Zebra'), ('Zebra Ann')");
		this.jdbc.queryForList("select accord_count_search_words()");
	}

	private List<String> suggested(String text) {
		return this.institutions.suggest(text, 10).stream().map(InstitutionService.Suggestion::name).toList();
	}

	/** The first of all the records the text matches, ranked as the search ranks. */
	private List<Long> rankedWhole(String table, String order, String text, int limit) {
		return this.jdbc.queryForList(
				"select x.id from " + table + " x where x.archived_at is null and " + SearchText.matchesSql("x", text)
						+ " order by " + SearchText.rankSql("x", text) + " desc, " + order + " limit " + limit,
				Long.class);
	}

}
