package org.accord.generate;

import java.util.List;

import org.accord.PortalTest;
import org.accord.diagnostics.StatementCounter;
import org.accord.web.StatementCountTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The generator at a hundredth of its size, on a database of its own. */
@PortalTest
@TestPropertySource(
		properties = { "accord.test.database=generated", "accord.generate=large", "accord.generate.scale=0.01" })
class LargePortfolioTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void fillsThePortfolioAroundTheHomeInstitutions() {
		assertThat(count("select count(*) from institution where name_en like 'Generated %'")).isEqualTo(100);
		assertThat(count("select count(*) from agreement where reference like 'GEN-%'")).isEqualTo(1000);
		assertThat(count("""
				select count(*) from agreement a where a.reference like 'GEN-%'
				  and (select count(*) from agreement_party p where p.agreement_id = a.id) = 2
				  and exists (select 1 from agreement_party p join institution i on i.id = p.institution_id
				              where p.agreement_id = a.id and i.home)""")).isEqualTo(1000);
		assertThat(count("select count(*) from delegation where title like 'Generated %'")).isEqualTo(500);
		assertThat(count("""
				select count(*) from exchange_statistic s join institution i on i.id = s.partner_institution_id
				where i.name_en like 'Generated %'""")).isEqualTo(10_000);
	}

	@Test
	void skewsTheSizesLikeRealLife() {
		List<Long> perPartner = this.jdbc.queryForList("""
				select count(*) from agreement_party p join institution i on i.id = p.institution_id
				where i.name_en like 'Generated %' group by i.id order by 1 desc""", Long.class);
		assertThat(perPartner.get(0)).as("the busiest partner against the median")
			.isGreaterThan(5 * perPartner.get(perPartner.size() / 2));
		List<Long> perCountry = this.jdbc.queryForList(
				"""
						select count(*) from institution where name_en like 'Generated %' group by country_code order by 1 desc""",
				Long.class);
		assertThat(perCountry.get(0)).isGreaterThan(3 * perCountry.get(perCountry.size() / 2));
	}

	@Test
	void runsOnceOnly() throws Exception {
		long before = count("select count(*) from agreement");
		new LargePortfolio(this.jdbc, null, 0.01, null).run(null);
		assertThat(count("select count(*) from agreement")).isEqualTo(before);
	}

	@Test
	@WithUserDetails("leader")
	void theDashboardReadsTheGeneratedPortfolio() throws Exception {
		this.mvc.perform(get("/dashboard")).andExpect(status().isOk());
	}

	@Test
	@WithUserDetails("viewer")
	void countsLongListsExactly() throws Exception {
		long statistics = count("select count(*) from exchange_statistic");
		this.mvc.perform(get("/statistics"))
			.andExpect(content().string(containsString(String.format("Showing 1–20 of %,d<", statistics))));
		this.mvc.perform(get("/statistics").param("page", "3"))
			.andExpect(content().string(containsString(String.format("Showing 41–60 of %,d<", statistics))));
		this.mvc.perform(get("/agreements"))
			.andExpect(content().string(
					containsString(String.format("Showing 1–20 of %,d<", count("select count(*) from agreement")))));
	}

	@Test
	@WithUserDetails("editor")
	void aListsTotalFollowsAChangeAtOnce() throws Exception {
		this.mvc.perform(get("/agreements"))
			.andExpect(content().string(
					containsString(String.format("Showing 1–20 of %,d<", count("select count(*) from agreement")))));
		this.mvc.perform(post("/agreements").with(csrf())
			.param("title", "Counted at once")
			.param("kind", "OTHER")
			.param("status", "DRAFT")
			.param("parties[0]", "Chuo University")
			.param("parties[1]", "Kyoto University"));
		assertThat(count("select count(*) from agreement where title = 'Counted at once'")).isOne();
		this.mvc.perform(get("/agreements"))
			.andExpect(content().string(
					containsString(String.format("Showing 1–20 of %,d<", count("select count(*) from agreement")))));
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	/**
	 * The statement budget of every page holds on generated data too, where a partner has
	 * many agreements, offices, delegations and figures: the busiest partner, the busiest
	 * home institution, a generated agreement and delegation, every list and the
	 * dashboard.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "busiest-partner", "busiest-home", "agreement", "delegation", "/", "/institutions",
			"/agreements", "/offices", "/delegations", "/statistics", "/sources", "/agreements/renewals", "/dashboard",
			"/search?q=generated" })
	@WithUserDetails("admin")
	void staysWithinTheStatementBudget(String page) throws Exception {
		String path = switch (page) {
			case "busiest-partner" -> "/institutions/" + first("select p.institution_id from agreement_party p "
					+ "join institution i on i.id = p.institution_id where not i.home group by 1 order by count(*) desc, 1 limit 1");
			case "busiest-home" -> "/institutions/" + first("select p.institution_id from agreement_party p "
					+ "join institution i on i.id = p.institution_id where i.home group by 1 order by count(*) desc, 1 limit 1");
			case "agreement" -> "/agreements/" + first("select min(id) from agreement where reference like 'GEN-%'");
			case "delegation" ->
				"/delegations/" + first("select min(id) from delegation where title like 'Generated %'");
			default -> page;
		};
		long before = StatementCounter.current();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		assertThat(StatementCounter.current() - before).as("SQL statements for %s", path)
			.isLessThanOrEqualTo(StatementCountTests.MAX_STATEMENTS);
	}

	private long first(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
