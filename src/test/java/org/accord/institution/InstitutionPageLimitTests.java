package org.accord.institution;

import java.util.UUID;

import org.accord.EditingPortalTest;
import org.accord.Html;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A partner with many agreements: its page shows the latest and links to all of them. */
@EditingPortalTest
@WithUserDetails("viewer")
class InstitutionPageLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsTheLatestTwentyAgreementsAndLinksToTheRest() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long partner = newPartner(tag);
		long home = chongqing();
		for (int i = 1; i <= 25; i++) {
			long id = this.jdbc.queryForObject("""
					insert into agreement (reference, kind, title, status, signed_date, signed_precision)
					values (?, 'OTHER', ?, 'ACTIVE', make_date(2000 + ?, 1, 1), 'DAY') returning id""", Long.class,
					tag + "-" + i, tag + " agreement " + i, i);
			this.jdbc.update("insert into agreement_party (agreement_id, institution_id) values (?, ?), (?, ?)", id,
					partner, id, home);
		}
		String page = this.mvc.perform(get("/institutions/{id}", partner))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String agreements = Html.section(page, "agreements");
		assertThat(agreements.split(tag + " agreement ", -1)).hasSize(21);
		Html.assertInOrder(agreements, tag + " agreement 25", tag + " agreement 6");
		assertThat(agreements).doesNotContain(tag + " agreement 5<")
			.contains("href=\"/agreements?party=" + partner + "\"");
		String list = this.mvc.perform(get("/agreements").param("party", String.valueOf(partner)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Showing 1–20 of 25");
	}

	@Test
	void showsTheLatestTwentyDelegationsItSentOrTookPartIn() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long partner = newPartner(tag);
		long home = chongqing();
		// Odd years: the partner sent the delegation; even years: it received one from
		// home.
		for (int i = 1; i <= 25; i++) {
			boolean sent = i % 2 == 1;
			long id = this.jdbc.queryForObject("""
					insert into delegation (title, starts_on, direction, format, home_institution_id)
					values (?, make_date(2000 + ?, 1, 1), 'OUTBOUND_VISIT', 'IN_PERSON', ?) returning id""", Long.class,
					tag + " delegation " + i, i, sent ? partner : home);
			this.jdbc.update("insert into delegation_participant (delegation_id, institution_id) values (?, ?)", id,
					sent ? home : partner);
		}
		String page = this.mvc.perform(get("/institutions/{id}", partner))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String delegations = Html.section(page, "delegations");
		assertThat(delegations.split(tag + " delegation ", -1)).hasSize(21);
		Html.assertInOrder(delegations, tag + " delegation 25", tag + " delegation 24", tag + " delegation 7",
				tag + " delegation 6");
		assertThat(delegations).doesNotContain(tag + " delegation 5<").contains("href=\"/delegations?q=");
	}

	private long newPartner(String tag) {
		return this.jdbc.queryForObject(
				"insert into institution (name_en, kind, country_code) values (?, 'UNIVERSITY', 'JP') returning id",
				Long.class, tag + " busy partner");
	}

	private long chongqing() {
		return this.jdbc.queryForObject("select id from institution where name_en = 'Chongqing University'",
				Long.class);
	}

}
