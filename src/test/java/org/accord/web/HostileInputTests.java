package org.accord.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accord.EditingPortalTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A corpus of hostile values posted into every field of every form, one field at a time,
 * also missing and duplicated. Each is either stored and shown escaped, or refused with a
 * message: never a 500, never markup from the input in the page.
 */
@EditingPortalTest
@WithUserDetails("editor")
class HostileInputTests {

	private static final List<String> CORPUS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"' OR 1=1; --", "Robert'); DROP TABLE institution;--", "x".repeat(10_000), "2024-13-45", "9999-12-31",
			"0000-00-00", "-1", "99999999999999999999999", "\u200b\u200b", "\u202eevil\u202c", "東京外国語大学 🎓", "a\0b",
			"\0", " ", "%00", "${7*7}", "__${T(Runtime).getRuntime()}__::x");

	private static final String[] MARKUP = { "<script>alert(1)", "<img src=x" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private int counter;

	@Test
	void theInstitutionFormNeverFailsOnHostileInput() throws Exception {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("nameEn", "Hostile Test University");
		valid.put("kind", "UNIVERSITY");
		valid.put("countryCode", "JP");
		valid.put("confirmedNew", "true");
		List<String> fields = List.of("nameEn", "nameNative", "acronym", "kind", "countryCode", "city", "website",
				"rorId", "erasmusCode", "schacCode", "note", "sourceNote", "version", "confirmedNew");
		attack("/institutions", valid, fields);
	}

	@Test
	void theAgreementFormNeverFailsOnHostileInput() throws Exception {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("title", "Hostile test agreement");
		valid.put("kind", "OTHER");
		valid.put("status", "DRAFT");
		valid.put("parties[0]", "Chuo University");
		valid.put("parties[1]", "Kyoto University");
		List<String> fields = List.of("title", "kind", "status", "signedOn", "validFrom", "validUntil", "summary",
				"sourceNote", "parties[0]", "parties[1]", "parties[7]", "signatoryParties[0]", "signatoryNames[0]",
				"signatoryRoles[0]", "newParty.nameEn", "newParty.countryCode", "newParty.kind", "version", "moreRows");
		attack("/agreements", valid, fields);
	}

	@Test
	void theOfficeFormNeverFailsOnHostileInput() throws Exception {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("name", "Hostile test office");
		valid.put("owner", "Chuo University");
		valid.put("countryCode", "JP");
		attack("/offices", valid, List.of("name", "owner", "host", "city", "countryCode", "openedOn", "purpose",
				"agreementReference", "sourceNote", "version"));
	}

	@Test
	void theDelegationFormNeverFailsOnHostileInput() throws Exception {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("title", "Hostile test delegation");
		valid.put("startsOn", "2025-01-01");
		valid.put("direction", "INBOUND_VISIT");
		valid.put("format", "ONLINE");
		valid.put("home", "Chuo University");
		valid.put("participantApproximation", "EXACT");
		attack("/delegations", valid,
				List.of("title", "startsOn", "endsOn", "direction", "format", "leaderName", "leaderTitle", "home",
						"participants[0]", "participants[4]", "participantCount", "participantApproximation", "summary",
						"sourceNote", "version"));
	}

	@Test
	void theStatisticFormNeverFailsOnHostileInput() throws Exception {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("institution", "Chuo University");
		valid.put("measure", "STUDENTS_SENT");
		valid.put("value", "1");
		valid.put("periodKind", "YEAR");
		valid.put("yearFrom", "2024");
		attack("/statistics", valid,
				List.of("institution", "measure", "value", "approximation", "periodKind", "yearFrom", "yearTo", "asOf",
						"partnerCountryCode", "partnerInstitution", "note", "sourceNote", "version"));
	}

	@Test
	void theLifecycleFormsNeverFailOnHostileInput() throws Exception {
		this.mvc.perform(post("/agreements").with(csrf())
			.param("title", "Agreement for hostile lifecycle input")
			.param("kind", "OTHER")
			.param("status", "ACTIVE")
			.param("signedOn", "2020")
			.param("parties[0]", "Chuo University")
			.param("parties[1]", "Kyoto University"));
		Long id = this.jdbc.queryForObject(
				"select id from agreement where title = 'Agreement for hostile lifecycle input'", Long.class);
		Map<String, String> termination = new LinkedHashMap<>();
		termination.put("on", "2025-01-01");
		termination.put("reason", "A reason");
		attack("/agreements/" + id + "/terminate", termination, List.of("on", "reason"));
		Map<String, String> renewal = new LinkedHashMap<>();
		renewal.put("validFrom", "2030-01-01");
		attack("/agreements/" + id + "/renew", renewal, List.of("validFrom", "validUntil"));
	}

	@Test
	void theContactFormsNeverFailOnHostileInput() throws Exception {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("name", "Hostile Test Person");
		valid.put("institution", "Chuo University");
		attack("/contacts", valid, List.of("name", "nameNative", "role", "institution", "email", "phone", "version"));
		Long agreement = this.jdbc.queryForObject("select id from agreement where reference = 'AGR-2019-001'",
				Long.class);
		Long person = this.jdbc.queryForObject("select id from person where name = 'Fukuhiko Fukuhara'", Long.class);
		Map<String, String> link = new LinkedHashMap<>();
		link.put("person", person.toString());
		link.put("role", "COORDINATES");
		attack("/agreements/" + agreement + "/contacts", link, List.of("person", "role"));
		attack("/agreements/" + agreement + "/contacts/remove", link, List.of("person", "role"));
	}

	@Test
	void theConditionFormNeverFailsOnHostileInput() throws Exception {
		Long agreement = this.jdbc.queryForObject("select id from agreement where reference = 'AGR-2019-001'",
				Long.class);
		List<Long> parties = this.jdbc.queryForList(
				"select institution_id from agreement_party where agreement_id = ? order by institution_id", Long.class,
				agreement);
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("sending", parties.get(0).toString());
		valid.put("receiving", parties.get(1).toString());
		valid.put("mobilityKind", "STUDENT_STUDY");
		valid.put("note", "Hostile test condition");
		attack("/agreements/" + agreement + "/conditions", valid,
				List.of("note", "sending", "receiving", "mobilityKind", "placesPerYear", "durationAmount",
						"durationUnit", "firstAcademicYear", "lastAcademicYear", "studyLevel", "iscedCodes",
						"cefrLevel", "version"));
	}

	private void attack(String url, Map<String, String> valid, List<String> fields) throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String field : fields) {
			List<List<String>> attempts = new ArrayList<>();
			CORPUS.forEach((value) -> attempts.add(List.of(value)));
			attempts.add(List.of());
			attempts.add(List.of("first", "second"));
			for (List<String> values : attempts) {
				MockHttpServletRequestBuilder request = post(url).with(csrf());
				valid.forEach((name, value) -> {
					if (!name.equals(field)) {
						request.param(name, value);
					}
				});
				if (field.equals("nameEn") || field.equals("title")) {
					// Keep names apart so that no attempt is held back as a duplicate of
					// the last.
					request.param("sourceNote", "attempt " + (++this.counter));
				}
				values.forEach((value) -> request.param(field, value));
				MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
				String attempt = field + "=" + abbreviate(values);
				softly.assertThat(response.getStatus()).as(attempt).isIn(200, 302, 400, 409);
				String page = response.getContentAsString();
				if (response.getStatus() == 302 && response.getRedirectedUrl() != null) {
					page = this.mvc.perform(get(response.getRedirectedUrl().replaceFirst("#.*", "")))
						.andReturn()
						.getResponse()
						.getContentAsString();
				}
				for (String markup : MARKUP) {
					softly.assertThat(page).as(attempt).doesNotContain(markup);
				}
				softly.assertThat(page).as(attempt).doesNotContain("Exception");
				if (response.getStatus() == 302 && values.equals(List.of("${7*7}")) && field.equals(fields.get(0))) {
					// Stored and shown as typed: no expression in user input is ever
					// evaluated.
					softly.assertThat(page).as(attempt).contains("${7*7}");
				}
			}
		}
		softly.assertAll();
	}

	private static String abbreviate(List<String> values) {
		String text = String.join("|", values);
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
