package org.accord.condition;

import java.util.Map;

import org.accord.EditingPortalTest;
import org.accord.Html;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EditingPortalTest
@WithUserDetails("editor")
class ConditionFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordsAConditionThatTheAgreementsPageAndHistoryShow() throws Exception {
		Long agreement = agreement("AGR-2024-002");
		this.mvc
			.perform(condition(agreement, "Shanghai Polytechnic University", "University of Ruse")
				.param("placesPerYear", "5")
				.param("durationAmount", "5")
				.param("durationUnit", "MONTHS")
				.param("firstAcademicYear", "2025")
				.param("lastAcademicYear", "2027")
				.param("studyLevel", "BACHELOR")
				.param("iscedCodes", "0714;0713 0714")
				.param("cefrLevel", "B2"))
			.andExpect(redirectedUrl("/agreements/" + agreement + "#conditions"));
		String page = this.mvc.perform(get("/agreements/{id}", agreement))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(Html.section(page, "conditions"), "Shanghai Polytechnic University", "University of Ruse",
				"Student study", "5", "5 months", "2025/26 – 2027/28", "Bachelor", "0713, 0714", "B2");
		Html.assertInOrder(Html.section(page, "history"), "editor", "Cooperation condition",
				"Shanghai Polytechnic University → University of Ruse; student study; 5 places a year");
	}

	@Test
	void showsEachProblemBesideItsFieldAndKeepsTheInput() throws Exception {
		Long agreement = agreement("AGR-2024-001");
		Long party = institution("TechProtect GmbH");
		long before = conditions(agreement);
		this.mvc
			.perform(post("/agreements/{id}/conditions", agreement).with(csrf())
				.param("sending", party.toString())
				.param("receiving", party.toString())
				.param("mobilityKind", "STAFF_TEACHING")
				.param("placesPerYear", "-1")
				.param("durationAmount", "13")
				.param("durationUnit", "MONTHS")
				.param("firstAcademicYear", "2027")
				.param("lastAcademicYear", "2025")
				.param("iscedCodes", "engineering")
				.param("cefrLevel", "Z9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"receiving-error\">The receiving institution must differ")))
			.andExpect(content().string(containsString("id=\"placesPerYear-error\">")))
			.andExpect(content().string(containsString("id=\"durationAmount-error\">A year has at most 12")))
			.andExpect(content().string(containsString("id=\"lastAcademicYear-error\">The last academic year")))
			.andExpect(content().string(containsString("id=\"iscedCodes-error\">Enter ISCED-F codes")))
			.andExpect(content().string(containsString("id=\"cefrLevel-error\">Choose a CEFR level")))
			.andExpect(content().string(containsString("value=\"engineering\"")))
			.andExpect(content().string(containsString("value=\"2027\"")));
		assertThat(conditions(agreement)).isEqualTo(before);
	}

	@Test
	void sendsOnlyBetweenTheAgreementsParties() throws Exception {
		Long agreement = agreement("AGR-2024-001");
		long before = conditions(agreement);
		this.mvc
			.perform(post("/agreements/{id}/conditions", agreement).with(csrf())
				.param("sending", institution("Chuo University").toString())
				.param("receiving", institution("TechProtect GmbH").toString())
				.param("mobilityKind", "STUDENT_TRAINEESHIP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sending-error\">Choose one of the agreement")));
		assertThat(conditions(agreement)).isEqualTo(before);
	}

	@Test
	void removesAConditionAfterConfirmationKeepingWhatItSaidInHistory() throws Exception {
		Long agreement = agreement("AGR-2019-001");
		this.mvc.perform(condition(agreement, "Chuo University", "University of Shanghai for Science and Technology")
			.param("note", "Condition to remove")
			.param("durationAmount", "10")
			.param("durationUnit", "DAYS"));
		Long id = this.jdbc.queryForObject("select id from cooperation_condition where note = 'Condition to remove'",
				Long.class);
		this.mvc.perform(get("/agreements/{a}/conditions/{c}/remove", agreement, id))
			.andExpect(content().string(containsString("Condition to remove")));
		this.mvc.perform(post("/agreements/{a}/conditions/{c}/remove", agreement, id).with(csrf()))
			.andExpect(redirectedUrl("/agreements/" + agreement + "#conditions"));
		assertThat(this.jdbc.queryForObject("select count(*) from cooperation_condition where id = ?", Long.class, id))
			.isZero();
		String history = Html.section(
				this.mvc.perform(get("/agreements/{id}", agreement)).andReturn().getResponse().getContentAsString(),
				"history");
		Html.assertInOrder(history, "Cooperation condition", "student study; 10 days; Condition to remove");
	}

	@Test
	void neverLetsTwoEditsOfAConditionOverwriteEachOther() throws Exception {
		Long agreement = agreement("AGR-2019-001");
		this.mvc.perform(condition(agreement, "University of Shanghai for Science and Technology", "Chuo University")
			.param("placesPerYear", "2")
			.param("note", "Edited twice"));
		Long id = this.jdbc.queryForObject("select id from cooperation_condition where note = 'Edited twice'",
				Long.class);
		String form = this.mvc.perform(get("/agreements/{a}/conditions/{c}/edit", agreement, id))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String> first = Html.formFields(form);
		first.put("placesPerYear", "3");
		this.mvc.perform(update(agreement, id, first)).andExpect(status().is3xxRedirection());
		Map<String, String> second = Html.formFields(form);
		second.put("placesPerYear", "4");
		this.mvc.perform(update(agreement, id, second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")));
		assertThat(this.jdbc.queryForObject("select places_per_year from cooperation_condition where id = ?",
				Integer.class, id))
			.isEqualTo(3);
	}

	@Test
	void keepsTheAgreementsPartiesThatConditionsNeed() throws Exception {
		Long agreement = agreement("AGR-2024-001");
		this.mvc.perform(condition(agreement, "TechProtect GmbH", "Shanghai Polytechnic University"));
		String form = this.mvc.perform(get("/agreements/{id}/edit", agreement))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String> fields = Html.formFields(form);
		fields.put("parties[1]", "Chuo University");
		fields.replaceAll((name, value) -> "TechProtect GmbH".equals(value) ? "" : value);
		MockHttpServletRequestBuilder request = post("/agreements/{id}", agreement).with(csrf());
		fields.forEach(request::param);
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cooperation conditions send to or from TechProtect GmbH")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from agreement_party where agreement_id = ? and institution_id = ?", Long.class,
				agreement, institution("TechProtect GmbH")))
			.isOne();
	}

	private MockHttpServletRequestBuilder condition(Long agreement, String sending, String receiving) {
		return post("/agreements/{id}/conditions", agreement).with(csrf())
			.param("sending", institution(sending).toString())
			.param("receiving", institution(receiving).toString())
			.param("mobilityKind", "STUDENT_STUDY");
	}

	private static MockHttpServletRequestBuilder update(Long agreement, Long id, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post("/agreements/{a}/conditions/{c}", agreement, id).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private Long agreement(String reference) {
		return this.jdbc.queryForObject("select id from agreement where reference = ?", Long.class, reference);
	}

	private Long institution(String name) {
		return this.jdbc.queryForObject("select id from institution where name_en = ?", Long.class, name);
	}

	private long conditions(Long agreement) {
		return this.jdbc.queryForObject("select count(*) from cooperation_condition where agreement_id = ?", Long.class,
				agreement);
	}

}
