package org.accord.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.accord.institution.InstitutionService;
import org.accord.model.Approximation;
import org.accord.model.DatePrecision;
import org.accord.model.PartialDate;
import org.accord.model.SearchText;
import org.accord.search.SearchResults.Group;
import org.accord.statistics.ExchangeStatistic;
import org.accord.statistics.Measure;
import org.accord.statistics.PeriodKind;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search over every kind of record. Each kind is searched with the same filter as its
 * own list (its records in use whose search document matches the text, through the same
 * database functions: {@link SearchText}), so a group's "show all" link leads to the
 * records counted here, in the same order.
 */
@Service
@PreAuthorize("hasRole('VIEWER')")
class SearchService {

	static final int PER_KIND = 5;

	/** Names offered when nothing matches. */
	static final int CLOSEST_NAMES = 3;

	/** Longer queries are cut: no record has a longer name or title worth matching. */
	static final int QUERY_LIMIT = 300;

	private final InstitutionService institutions;

	private final JdbcTemplate jdbc;

	SearchService(InstitutionService institutions, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.institutions = institutions;
	}

	/**
	 * The first matches of every kind, read by one statement ({@link #statement}) in one
	 * round trip to the database, without a transaction of its own (the statements that
	 * are sent together run in one: {@code SearchStatementTests}).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SearchResults search(String q) {
		if (SearchText.isEmpty(q)) {
			return SearchResults.EMPTY;
		}
		String cleaned = SearchText.clean(q);
		String text = (cleaned.length() > QUERY_LIMIT) ? cleaned.substring(0, QUERY_LIMIT) : cleaned;
		Rows rows = this.jdbc.execute((ConnectionCallback<Rows>) (connection) -> read(connection, statement(text)));
		SearchResults results = new SearchResults(text, Group.of(rows.institutions), Group.of(rows.agreements),
				Group.of(rows.offices), Group.of(rows.delegations), Group.of(rows.figures), Group.of(rows.sources),
				Group.of(rows.people), List.of());
		return results.isEmpty() ? results.offering(this.institutions.closestNames(text, CLOSEST_NAMES)) : results;
	}

	/**
	 * Every kind's first matches (one more than are shown, to tell whether there are
	 * more), each kind with its list's filter for a text (records in use whose search
	 * document matches it) and ranked as its list ranks a search: one statement per kind,
	 * sent together, so that a search costs one round trip to the database rather than
	 * one per kind.
	 * <ul>
	 * <li>Before them, planner settings for the statements sent with it: every kind is
	 * read through its indexes (trigrams, V13; word starts for a short word, V22; names,
	 * V23). On a small table (300 offices) the planner preferred to test each document,
	 * which cost 10 ms for a two-character word ("德国") against 0.3 ms through the index.
	 * And no parallel workers: the kinds with many records read their best matches rank
	 * by rank ({@link SearchText#bestSql}), whose parts must be read one after the
	 * other.</li>
	 * <li>Figures are found through the institutions they are about: those shown, the
	 * latest of each institution, either side, from the index that keeps them latest
	 * first (V11), however many a home institution has. They come with the institutions,
	 * from the same match. (The first hundred institutions found cost a search for a
	 * country name, which matches hundreds, twice the time.)</li>
	 * <li>The words are literals in the statements (so that the database corrects their
	 * spelling once, while planning) and there is no parameter, so a connection that is
	 * asked the same again keeps its plans.</li>
	 * </ul>
	 */
	static String statement(String text) {
		int limit = PER_KIND + 1;
		return "select set_config('enable_seqscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true);\n"
				+ "with shown as materialized ("
				+ best("x.id, x.name_en, x.name_native, x.country_code", "institution", "x.name_en, x.id", text, limit)
				+ "),\n" + " about as (select id from shown where n <= " + PER_KIND + "),\n"
				+ " figures as (select x.*, row_number() over (order by x.period_year desc nulls last, x.measure, x.id) as n"
				+ " from (select f.* from about i cross join lateral (" + latestFigures("institution_id", limit)
				+ ") f union select f.* from about i cross join lateral ("
				+ latestFigures("partner_institution_id", limit) + ") f) x)\n"
				+ "select 1 as part, n, id, name_en, name_native, country_code,"
				+ " null, null, null, null, null, null, null, null from shown\n"
				+ "union all select 2, f.n, f.id, i.name_en, partner.name_en, null, f.measure, f.approximation,"
				+ " f.value, f.period_kind, f.year_from, f.year_to, f.as_of_date, f.as_of_precision"
				+ " from figures f join institution i on i.id = f.institution_id"
				+ " left join institution partner on partner.id = f.partner_institution_id where f.n <= " + limit
				+ "\norder by 1, 2;\n" + "select id, reference, title from ("
				+ best("x.id, x.reference, x.title", "agreement", "x.reference, x.id", text, limit)
				+ ") best order by n;\n" + "select o.id, o.name from office o where o.archived_at is null and "
				+ SearchText.matchesSql("o", text) + " order by " + SearchText.rankSql("o", text)
				+ " desc, o.name, o.id limit " + limit + ";\n" + "select id, title, starts_on, ends_on from ("
				+ best("x.id, x.title, x.starts_on, x.ends_on", "delegation", "x.starts_on desc nulls last, x.id", text,
						limit)
				+ ") best order by n;\n" + "select s.id, s.title from source s where "
				+ SearchText.matchesSql("s", text) + " order by " + SearchText.rankSql("s", text)
				+ " desc, s.title, s.id limit " + limit + ";\n"
				+ "select p.name, p.role, i.id, i.name_en, i.name_native, i.country_code from ("
				+ best("x.name, x.role, x.institution_id", "person", "x.name, x.id", text, limit)
				+ ") p left join institution i on i.id = p.institution_id order by p.n";
	}

	/** The first matches in use of a kind with many records, best first. */
	private static String best(String columns, String table, String order, String text, int limit) {
		return SearchText.bestSql(columns, table, "x.archived_at is null", order, text, limit);
	}

	/** The latest figures in use about institution {@code i.id} on the given side. */
	private static String latestFigures(String side, int limit) {
		return "select s.id, s.institution_id, s.partner_institution_id, s.period_year, s.measure, s.approximation,"
				+ " s.value, s.period_kind, s.year_from, s.year_to, s.as_of_date, s.as_of_precision"
				+ " from exchange_statistic s where s." + side + " = i.id and s.archived_at is null"
				+ " order by s.period_year desc nulls last, s.measure, s.id limit " + limit;
	}

	private static Rows read(Connection connection, String statement) throws SQLException {
		Rows rows = new Rows();
		List<RowReader> readers = List.of((rs) -> {
		}, (rs) -> {
			if (rs.getInt(1) == 1) {
				rows.institutions.add(institution(rs, 3));
			}
			else {
				rows.figures.add(figure(rs));
			}
		}, (rs) -> rows.agreements.add(new Found.Agreement(rs.getLong(1), rs.getString(2), rs.getString(3))),
				(rs) -> rows.offices.add(new Found.Office(rs.getLong(1), rs.getString(2))),
				(rs) -> rows.delegations.add(new Found.Delegation(rs.getLong(1), rs.getString(2),
						rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))),
				(rs) -> rows.sources.add(new Found.Source(rs.getLong(1), rs.getString(2))),
				(rs) -> rows.people.add(new Found.Person(rs.getString(1), rs.getString(2),
						(rs.getObject(3) != null) ? institution(rs, 3) : null)));
		try (PreparedStatement prepared = connection.prepareStatement(statement)) {
			boolean resultSet = prepared.execute();
			for (RowReader reader : readers) {
				if (!resultSet) {
					throw new IllegalStateException("The search statement answered fewer results than it asks");
				}
				try (ResultSet rs = prepared.getResultSet()) {
					while (rs.next()) {
						reader.read(rs);
					}
				}
				resultSet = prepared.getMoreResults();
			}
		}
		return rows;
	}

	/** A figure's row of the first statement (part 2). */
	private static Found.Figure figure(ResultSet rs) throws SQLException {
		PeriodKind kind = PeriodKind.valueOf(rs.getString(10));
		LocalDate asOf = rs.getObject(13, LocalDate.class);
		String period = ExchangeStatistic.periodText(kind, (Integer) rs.getObject(11), (Integer) rs.getObject(12),
				(asOf != null) ? new PartialDate(asOf, DatePrecision.valueOf(rs.getString(14))) : null);
		return new Found.Figure(rs.getLong(3), rs.getString(4), rs.getString(5), Measure.valueOf(rs.getString(7)), kind,
				period, Approximation.valueOf(rs.getString(8)), rs.getLong(9));
	}

	private static Found.Institution institution(ResultSet rs, int first) throws SQLException {
		return new Found.Institution(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2),
				rs.getString(first + 3));
	}

	@FunctionalInterface
	private interface RowReader {

		void read(ResultSet rs) throws SQLException;

	}

	/** The rows of each kind, as the statement answered them. */
	private static final class Rows {

		final List<Found.Institution> institutions = new ArrayList<>();

		final List<Found.Figure> figures = new ArrayList<>();

		final List<Found.Agreement> agreements = new ArrayList<>();

		final List<Found.Office> offices = new ArrayList<>();

		final List<Found.Delegation> delegations = new ArrayList<>();

		final List<Found.Source> sources = new ArrayList<>();

		final List<Found.Person> people = new ArrayList<>();

	}

}
