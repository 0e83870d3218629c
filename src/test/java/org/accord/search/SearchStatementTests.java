package org.accord.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the search's one round trip relies on: statements sent together run in one
 * transaction, so a planner setting made by the first holds for the others, and for
 * nothing after them.
 */
@PortalTest
class SearchStatementTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPlannerSettingSentWithTheStatementsHoldsForThemAndNoLonger() {
		List<String> settings = this.jdbc.execute((ConnectionCallback<List<String>>) (connection) -> {
			assertThat(connection.getAutoCommit()).as("outside a transaction, as the search runs").isTrue();
			List<String> seen = new ArrayList<>();
			try (PreparedStatement together = connection.prepareStatement(
					"select set_config('enable_seqscan', 'off', true); select current_setting('enable_seqscan')")) {
				together.execute();
				together.getMoreResults();
				try (ResultSet rs = together.getResultSet()) {
					rs.next();
					seen.add(rs.getString(1));
				}
			}
			try (PreparedStatement after = connection.prepareStatement("select current_setting('enable_seqscan')");
					ResultSet rs = after.executeQuery()) {
				rs.next();
				seen.add(rs.getString(1));
			}
			return seen;
		});
		assertThat(settings).containsExactly("off", "on");
	}

}
