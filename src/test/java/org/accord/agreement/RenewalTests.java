package org.accord.agreement;

import java.time.LocalDate;

import org.accord.EditingPortalTest;
import org.accord.Html;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

@EditingPortalTest
@WithUserDetails("editor")
class RenewalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsActiveAgreementsBy3612MonthsLeftAndRecordsTheDecision() throws Exception {
		LocalDate today = LocalDate.now();
		Long soon = agreement("Ends in two months", today.plusDays(60));
		Long later = agreement("Ends in five months", today.plusDays(150));
		Long latest = agreement("Ends in ten months", today.plusDays(300));
		agreement("Ends in over a year", today.plusDays(400));

		String page = html();
		Html.assertInOrder(Html.section(page, "within-3"), "Ends in two months", "60 days left", "Not decided yet");
		Html.assertInOrder(Html.section(page, "within-6"), "Ends in five months");
		Html.assertInOrder(Html.section(page, "within-12"), "Ends in ten months");
		assertThat(page).doesNotContain("Ends in over a year");

		this.mvc.perform(post("/agreements/{id}/renewal-decision", soon).with(csrf()).param("decision", "RENEW"))
			.andExpect(flash().attribute("flashError", "renewal.error"))
			.andExpect(flash().attribute("decisionErrorFor", soon));
		this.mvc
			.perform(post("/agreements/{id}/renewal-decision", soon).with(csrf())
				.param("decision", "LET_LAPSE")
				.param("reason", "No exchange in three years."))
			.andExpect(flash().attribute("flashSuccess", "renewal.flash.decided"));

		Html.assertInOrder(Html.section(html(), "within-3"), "Ends in two months", "Let lapse",
				"No exchange in three years.", "editor");
		assertThat(this.jdbc.queryForObject(
				"select new_value from record_change where record_id = ? and field = 'renewal.decision'", String.class,
				soon))
			.isEqualTo("LET_LAPSE: No exchange in three years.");
		assertThat(later).isNotEqualTo(latest);
	}

	private String html() throws Exception {
		return this.mvc.perform(get("/agreements/renewals")).andReturn().getResponse().getContentAsString();
	}

	private Long agreement(String title, LocalDate validUntil) throws Exception {
		this.mvc.perform(post("/agreements").with(csrf())
			.param("title", title)
			.param("kind", "STUDENT_EXCHANGE")
			.param("status", "ACTIVE")
			.param("signedOn", "2020-01-01")
			.param("validFrom", "2020-01-01")
			.param("validUntil", validUntil.toString())
			.param("parties[0]", "Chuo University")
			.param("parties[1]", "Kyoto University")
			// The four agreements differ only in dates: they are not duplicates of each
			// other.
			.param("confirmedNew", "true"));
		return this.jdbc.queryForObject("select id from agreement where title = ?", Long.class, title);
	}

}
