package org.accord.config;

import java.util.List;

import org.accord.PortalTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations build the schema and the seeds on an empty database. */
@PortalTest
class SeedMigrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void appliesEveryMigrationOnAnEmptyDatabase() {
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
		assertThat(applied).extracting((info) -> info.getVersion().getVersion()).contains("1", "2");
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void runsOnPostgresql() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 18");
	}

	@Test
	void seedsEveryKindOfRecordFromTheFiveArticles() {
		assertThat(count("source")).isEqualTo(5);
		assertThat(count("institution")).isEqualTo(35);
		assertThat(count("agreement")).isEqualTo(5);
		assertThat(count("agreement_party")).isEqualTo(10);
		assertThat(count("signatory")).isEqualTo(6);
		assertThat(count("office")).isEqualTo(3);
		assertThat(count("delegation")).isEqualTo(6);
		assertThat(count("delegation_participant")).isEqualTo(14);
		assertThat(count("exchange_statistic")).isEqualTo(20);
		assertThat(count("person")).isEqualTo(30);
		assertThat(count("partnership")).isEqualTo(9);
		assertThat(count("institution_membership")).isEqualTo(7);
	}

	@Test
	void linksEverySeededRecordToItsArticle() {
		for (String table : List.of("institution", "agreement", "office", "delegation", "exchange_statistic", "person",
				"partnership")) {
			assertThat(
					this.jdbc.queryForObject("select count(*) from " + table + " where source_id is null", Long.class))
				.as("records of %s without a source", table)
				.isZero();
		}
		assertThat(this.jdbc.queryForList("select file_name from source order by file_name", String.class))
			.containsExactly("000_0ccd92c3edace669.txt", "001_008f5d4b0075834d.txt", "002_2c7f59fc6b5a80d4.txt",
					"003_fb32560b9b7784fe.txt", "004_1a80e293d44dcc6f.txt");
	}

	@Test
	void keepsDatesAsPreciseAsTheArticlesGiveThem() {
		assertThat(this.jdbc.queryForObject(
				"select opened_precision from office where name = 'Japan Cultural Exchange Center'", String.class))
			.isEqualTo("YEAR");
		assertThat(this.jdbc.queryForObject(
				"select as_of_precision from exchange_statistic where measure = 'AGREEMENTS_IN_FORCE'", String.class))
			.isEqualTo("MONTH");
		assertThat(this.jdbc.queryForObject("select signed_date::text from agreement where reference = 'AGR-2019-001'",
				String.class))
			.isEqualTo("2019-08-03");
	}

	@Test
	void refusesDataThatBreaksTheModel() {
		assertThat(
				violates("insert into institution (name_en, kind, country_code) values ('X', 'UNIVERSITY', 'Japan')"))
			.isTrue();
		assertThat(violates("insert into institution (name_en, kind, country_code) values ('  ', 'UNIVERSITY', 'JP')"))
			.isTrue();
		assertThat(violates("""
				insert into agreement (reference, kind, title, status, valid_from, valid_until)
				values ('T-1', 'OTHER', 'T', 'DRAFT', date '2020-01-02', date '2020-01-01')""")).isTrue();
		assertThat(violates("""
				insert into exchange_statistic (institution_id, period_kind, year_from, year_to, measure, value)
				select id, 'YEAR', 2020, 2020, 'STUDENTS_SENT', -1 from institution limit 1""")).isTrue();
	}

	private boolean violates(String sql) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.execute(sql);
				status.setRollbackOnly();
			});
			return false;
		}
		catch (DataAccessException ex) {
			return true;
		}
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
