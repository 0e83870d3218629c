package org.accord.web;

import java.util.List;

import org.accord.PortalTest;
import org.accord.diagnostics.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No page issues more than ten SQL statements, however many rows it shows: a query per
 * row (an N+1) fails this test rather than slowing the portal down on a large portfolio.
 */
@PortalTest
public class StatementCountTests {

	public static final int MAX_STATEMENTS = 10;

	@Autowired
	MockMvc mvc;

	public static List<String> pages() {
		return List.of("/", "/institutions?size=100", "/agreements?size=100", "/offices?size=100",
				"/delegations?size=100", "/statistics?size=100", "/sources?size=100", "/search?q=university",
				"/search?q=japan", "/institutions/1", "/institutions/3", "/agreements/1", "/offices/1",
				"/delegations/3", "/delegations/5", "/statistics/1", "/sources/2", "/agreements/1/edit",
				"/institutions/1/edit", "/agreements/renewals", "/offices/1/edit", "/delegations/1/edit",
				"/statistics/1/edit", "/contacts/2", "/contacts/2/edit", "/agreements/1/conditions/new", "/dashboard",
				"/dashboard?home=1&country=JP&from=2010&to=2020");
	}

	@ParameterizedTest
	@MethodSource("pages")
	@WithUserDetails("admin")
	void issuesAtMostTenStatements(String page) throws Exception {
		long before = StatementCounter.current();
		this.mvc.perform(get(page)).andExpect(status().isOk());
		assertThat(StatementCounter.current() - before).as("SQL statements for %s", page)
			.isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	@WithUserDetails("admin")
	void countsTheStatementsOfARequest() throws Exception {
		long before = StatementCounter.current();
		this.mvc.perform(get("/agreements/1")).andExpect(status().isOk());
		assertThat(StatementCounter.current() - before).as("a record page reads its record").isPositive();
	}

}
