package org.accord.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.accord.EditingPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EditingPortalTest
@WithUserDetails("editor")
class AgreementLifecycleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void activatesAnAgreementOnlyOnceItIsSigned() throws Exception {
		Long unsigned = id("AGR-2019-002");
		this.mvc.perform(post("/agreements/{id}/activate", unsigned).with(csrf()))
			.andExpect(flash().attribute("flashError", "agreement.activate.needsSigned"));
		assertThat(statusOf(unsigned)).isEqualTo("IN_NEGOTIATION");

		this.mvc.perform(post("/agreements").with(csrf())
			.param("title", "Signed draft to activate")
			.param("kind", "STUDENT_EXCHANGE")
			.param("status", "DRAFT")
			.param("signedOn", "2025-05")
			.param("parties[0]", "Kyushu University")
			.param("parties[1]", "Central South University"));
		Long signed = this.jdbc.queryForObject("select id from agreement where title = 'Signed draft to activate'",
				Long.class);
		this.mvc.perform(post("/agreements/{id}/activate", signed).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "agreement.flash.activated"));
		assertThat(statusOf(signed)).isEqualTo("ACTIVE");
		assertThat(changedFields(signed)).contains("common.status");
	}

	@Test
	void terminatesWithADateAndAReasonThatStayOnTheRecord() throws Exception {
		Long id = id("AGR-2024-001");
		this.mvc.perform(post("/agreements/{id}/terminate", id).with(csrf()).param("on", "2025-01-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\">This field is required.")))
			.andExpect(content().string(containsString("value=\"2025-01-31\"")));
		assertThat(statusOf(id)).isEqualTo("ACTIVE");

		this.mvc
			.perform(post("/agreements/{id}/terminate", id).with(csrf())
				.param("on", "2025-01-31")
				.param("reason", "The partner closed its international programme."))
			.andExpect(flash().attribute("flashSuccess", "agreement.flash.terminated"));
		assertThat(statusOf(id)).isEqualTo("TERMINATED");
		this.mvc.perform(get("/agreements/{id}", id))
			.andExpect(content().string(containsString("Terminated")))
			.andExpect(content().string(containsString("The partner closed its international programme.")));
		assertThat(changedFields(id)).contains("agreement.termination");
	}

	@Test
	void renewsIntoALinkedDraftThatTheOldAgreementEndsBefore() throws Exception {
		Long id = id("AGR-2024-002");
		this.mvc
			.perform(post("/agreements/{id}/renew", id).with(csrf())
				.param("validFrom", "2029-03-27")
				.param("validUntil", "2029-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“Valid until” must not be before “valid from”.")));

		MvcResult renewed = this.mvc
			.perform(post("/agreements/{id}/renew", id).with(csrf())
				.param("validFrom", "2029-03-27")
				.param("validUntil", "2034-03-26"))
			.andExpect(redirectedUrlPattern("/agreements/*"))
			.andReturn();
		Long successor = Long.valueOf(renewed.getResponse().getRedirectedUrl().replace("/agreements/", ""));
		assertThat(this.jdbc.queryForObject(
				"select status || ' ' || predecessor_id || ' ' || valid_from || ' ' || title from agreement where id = ?",
				String.class, successor))
			.isEqualTo("DRAFT " + id
					+ " 2029-03-27 Memorandum of Understanding between Shanghai Polytechnic University and the University of Ruse");
		assertThat(this.jdbc.queryForList(
				"select institution_id from agreement_party where agreement_id = ? order by institution_id", Long.class,
				successor))
			.isEqualTo(this.jdbc.queryForList(
					"select institution_id from agreement_party where agreement_id = ? order by institution_id",
					Long.class, id));
		assertThat(this.jdbc.queryForObject("select valid_until::text from agreement where id = ?", String.class, id))
			.isEqualTo("2029-03-26");
		this.mvc.perform(get("/agreements/{id}", id)).andExpect(content().string(containsString("Renewed by")));
		this.mvc.perform(get("/agreements/{id}", successor))
			.andExpect(content().string(containsString("Renews")))
			.andExpect(content().string(containsString("AGR-2024-002")));
	}

	@Test
	void refusesStepsTheAgreementsStateDoesNotAllow() throws Exception {
		this.mvc
			.perform(post("/agreements").with(csrf())
				.param("title", "Agreement to end once")
				.param("kind", "STUDENT_EXCHANGE")
				.param("status", "ACTIVE")
				.param("signedOn", "2024-05")
				.param("parties[0]", "Kyushu University")
				.param("parties[1]", "Central South University")
				.param("confirmedNew", "true"))
			.andExpect(redirectedUrlPattern("/agreements/*"));
		Long id = this.jdbc.queryForObject("select id from agreement where title = 'Agreement to end once'",
				Long.class);
		this.mvc
			.perform(post("/agreements/{id}/terminate", id).with(csrf())
				.param("on", "2025-01-31")
				.param("reason", "First reason."))
			.andExpect(flash().attribute("flashSuccess", "agreement.flash.terminated"));

		this.mvc.perform(post("/agreements/{id}/activate", id).with(csrf()))
			.andExpect(flash().attribute("flashError", "agreement.lifecycle.notDraft"));
		this.mvc
			.perform(post("/agreements/{id}/terminate", id).with(csrf())
				.param("on", "2026-06-30")
				.param("reason", "Second reason."))
			.andExpect(flash().attribute("flashError", "agreement.lifecycle.terminatedAlready"));
		this.mvc
			.perform(post("/agreements/{id}/renew", id).with(csrf())
				.param("validFrom", "2027-01-01")
				.param("validUntil", "2030-12-31"))
			.andExpect(flash().attribute("flashError", "agreement.lifecycle.terminatedAlready"));
		assertThat(this.jdbc.queryForObject(
				"select status || ' ' || terminated_on || ' ' || termination_reason from agreement where id = ?",
				String.class, id))
			.isEqualTo("TERMINATED 2025-01-31 First reason.");
		assertThat(this.jdbc.queryForObject("select count(*) from agreement where predecessor_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void aLifecycleFormOpenedBeforeSomeoneElsesSaveChangesNothing() throws Exception {
		Long id = id("AGR-2019-002");
		long loaded = this.jdbc.queryForObject("select version from agreement where id = ?", Long.class, id);
		this.mvc.perform(get("/agreements/{id}/terminate", id))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + loaded + "\"")));
		// Someone else saves the agreement meanwhile.
		this.jdbc.update("update agreement set version = version + 1 where id = ?", id);
		this.mvc
			.perform(post("/agreements/{id}/terminate", id).with(csrf())
				.param("version", String.valueOf(loaded))
				.param("on", "2025-01-31")
				.param("reason", "Decided on an old page."))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this record after you opened it")));
		assertThat(statusOf(id)).isEqualTo("IN_NEGOTIATION");
	}

	@Test
	void twoRenewalsAtOnceMakeOneSuccessorAndOneClearAnswer() throws Exception {
		this.mvc
			.perform(post("/agreements").with(csrf())
				.param("title", "Agreement renewed twice at once")
				.param("kind", "STUDENT_EXCHANGE")
				.param("status", "ACTIVE")
				.param("signedOn", "2024-05")
				.param("parties[0]", "Kyushu University")
				.param("parties[1]", "Central South University")
				.param("confirmedNew", "true"))
			.andExpect(redirectedUrlPattern("/agreements/*"));
		Long id = this.jdbc.queryForObject("select id from agreement where title = 'Agreement renewed twice at once'",
				Long.class);
		// The editor of @WithUserDetails, handed to the request threads explicitly.
		SecurityContext context = TestSecurityContextHolder.getContext();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<MvcResult>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				answers.add(pool.submit(() -> {
					return this.mvc
						.perform(post("/agreements/{id}/renew", id).with(csrf())
							.with(SecurityMockMvcRequestPostProcessors.securityContext(context))
							.param("validFrom", "2030-01-01")
							.param("validUntil", "2034-12-31"))
						.andReturn();
				}));
			}
			int successes = 0;
			for (Future<MvcResult> answer : answers) {
				MvcResult result = answer.get();
				int status = result.getResponse().getStatus();
				assertThat(status).as("no server error").isIn(302, 409);
				// A renewal leads to its successor; a refused one back to the agreement.
				String location = result.getResponse().getRedirectedUrl();
				if (status == 302) {
					assertThat(location).as("signed in").doesNotContain("login");
				}
				if (status == 302 && !location.equals("/agreements/" + id)) {
					successes++;
				}
			}
			assertThat(successes).isOne();
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from agreement where predecessor_id = ?", Long.class, id))
			.isOne();
	}

	private Long id(String reference) {
		return this.jdbc.queryForObject("select id from agreement where reference = ?", Long.class, reference);
	}

	private String statusOf(Long id) {
		return this.jdbc.queryForObject("select status from agreement where id = ?", String.class, id);
	}

	private List<String> changedFields(Long id) {
		return this.jdbc.queryForList(
				"select field from record_change where record_type = 'AGREEMENT' and record_id = ? and field is not null",
				String.class, id);
	}

}
