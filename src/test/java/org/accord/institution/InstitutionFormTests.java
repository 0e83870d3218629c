package org.accord.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.EditingPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EditingPortalTest
@WithUserDetails("editor")
class InstitutionFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsAnInstitutionAndRecordsWhoDidIt() throws Exception {
		this.mvc.perform(form(post("/institutions"), "Universität Passau", "DE").param("city", "  Passau  "))
			.andExpect(redirectedUrlPattern("/institutions/*"))
			.andExpect(flash().attribute("flashSuccess", "institution.flash.created"));
		Long id = id("Universität Passau");
		assertThat(this.jdbc.queryForObject("select city from institution where id = ?", String.class, id))
			.isEqualTo("Passau");
		this.mvc.perform(get("/institutions/{id}", id))
			.andExpect(content().string(containsString("Universität Passau")))
			.andExpect(content().string(containsString("Germany")));
		assertThat(this.jdbc.queryForObject(
				"select changed_by from record_change where record_type = 'INSTITUTION' and record_id = ? and action = 'CREATED'",
				String.class, id))
			.isEqualTo("editor");
	}

	@Test
	void showsEachErrorBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/institutions").with(csrf())
				.param("nameEn", "   ")
				.param("nameNative", "東京外国語大学")
				.param("kind", "UNIVERSITY")
				.param("countryCode", "XX")
				.param("website", "javascript:alert(1)")
				.param("rorId", "not-a-ror"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following:")))
			.andExpect(content().string(containsString("id=\"nameEn-error\">This field is required.")))
			.andExpect(content().string(containsString("id=\"countryCode-error\">Choose a country")))
			.andExpect(content().string(containsString("id=\"website-error\">Enter a web address")))
			.andExpect(content().string(containsString("id=\"rorId-error\">Enter a ROR id")))
			.andExpect(content().string(containsString("value=\"javascript:alert(1)\"")))
			.andExpect(content().string(containsString("value=\"not-a-ror\"")));
	}

	@Test
	void asksBeforeCreatingAProbableDuplicate() throws Exception {
		// Niigata: a university no other editing test types as a party, so its twin
		// confuses nobody.
		this.mvc.perform(form(post("/institutions"), "niigata university", "JP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already recorded")))
			.andExpect(content().string(containsString("新潟大学")));
		assertThat(count("niigata university")).isZero();
		this.mvc.perform(form(post("/institutions"), "niigata university", "JP").param("confirmedNew", "true"))
			.andExpect(redirectedUrlPattern("/institutions/*"));
		assertThat(count("niigata university")).isOne();
	}

	@Test
	void tenSavesOfOneLoadedFormAtOnceWriteOneAndTellTheOthers() throws Exception {
		this.mvc.perform(form(post("/institutions"), "Parallel Edit University", "FR"));
		Long id = id("Parallel Edit University");
		String loadedVersion = versionOnEditPage(id);
		SecurityContext editor = TestSecurityContextHolder.getContext();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 10; i++) {
				String city = "City " + i;
				answers.add(pool.submit(() -> {
					TestSecurityContextHolder.setContext(editor);
					try {
						return this.mvc
							.perform(form(post("/institutions/{id}", id), "Parallel Edit University", "FR")
								.param("city", city)
								.param("version", loadedVersion))
							.andReturn()
							.getResponse();
					}
					finally {
						TestSecurityContextHolder.clearContext();
					}
				}));
			}
			List<String> saved = new ArrayList<>();
			int told = 0;
			for (int i = 0; i < 10; i++) {
				MockHttpServletResponse answer = answers.get(i).get();
				assertThat(answer.getStatus()).as("answer %d: %s", i, answer.getContentAsString()).isIn(200, 302);
				if (answer.getStatus() == 302) {
					assertThat(answer.getRedirectedUrl()).as("answer %d", i).matches("/institutions/\\d+");
					saved.add("City " + i);
				}
				else {
					assertThat(answer.getContentAsString()).contains("Someone else saved this record");
					told++;
				}
			}
			assertThat(saved).hasSize(1);
			assertThat(told).isEqualTo(9);
			assertThat(this.jdbc.queryForObject("select city from institution where id = ?", String.class, id))
				.isEqualTo(saved.get(0));
			assertThat(this.jdbc.queryForObject("select version from institution where id = ?", Long.class, id))
				.isEqualTo(Long.parseLong(loadedVersion) + 1);
			assertThat(this.jdbc.queryForObject("select count(*) from record_change where record_type = 'INSTITUTION' "
					+ "and record_id = ? and action = 'CHANGED'", Long.class, id))
				.isOne();
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void neverLetsTwoEditsOverwriteEachOther() throws Exception {
		this.mvc.perform(form(post("/institutions"), "Concurrent Test University", "FR"));
		Long id = id("Concurrent Test University");
		String loadedVersion = versionOnEditPage(id);

		// Two people opened the same form. The first saves a city.
		this.mvc
			.perform(form(post("/institutions/{id}", id), "Concurrent Test University", "FR").param("city", "Lyon")
				.param("version", loadedVersion))
			.andExpect(redirectedUrlPattern("/institutions/*"));
		// The second, still on the old form, saves an acronym: nothing is written, both
		// values are shown.
		String conflictPage = this.mvc
			.perform(form(post("/institutions/{id}", id), "Concurrent Test University", "FR").param("acronym", "CTU")
				.param("version", loadedVersion))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflictPage).contains("<td>City</td><td>Lyon</td><td></td>").contains("value=\"CTU\"");
		assertThat(this.jdbc.queryForObject("select acronym from institution where id = ?", String.class, id)).isNull();
		assertThat(this.jdbc.queryForObject("select city from institution where id = ?", String.class, id))
			.isEqualTo("Lyon");

		// Saving again from the conflict page applies what the second person chose, on
		// purpose.
		String currentVersion = version(conflictPage);
		this.mvc
			.perform(form(post("/institutions/{id}", id), "Concurrent Test University", "FR").param("city", "Lyon")
				.param("acronym", "CTU")
				.param("version", currentVersion))
			.andExpect(redirectedUrlPattern("/institutions/*"));
		assertThat(this.jdbc.queryForObject("select acronym || ' ' || city from institution where id = ?", String.class,
				id))
			.isEqualTo("CTU Lyon");
		assertThat(this.jdbc.queryForList(
				"select field from record_change where record_id = ? and record_type = 'INSTITUTION' and action = 'CHANGED' order by id",
				String.class, id))
			.containsExactly("common.city", "institution.acronym");
	}

	@Test
	void archivesOnlyAfterConfirmationAndRestores() throws Exception {
		this.mvc.perform(form(post("/institutions"), "Archivable College", "GB"));
		Long id = id("Archivable College");
		this.mvc.perform(get("/institutions/{id}/archive", id))
			.andExpect(content().string(containsString("Archive Archivable College?")));
		this.mvc.perform(post("/institutions/{id}/archive", id).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "record.flash.archived"));
		this.mvc.perform(get("/institutions").param("q", "Archivable"))
			.andExpect(content().string(not(containsString("Archivable College"))));
		this.mvc.perform(get("/search").param("q", "Archivable"))
			.andExpect(content().string(not(containsString("Archivable College</a>"))));
		this.mvc.perform(get("/institutions").param("q", "Archivable").param("archived", "true"))
			.andExpect(content().string(containsString("Archivable College")));
		this.mvc.perform(get("/institutions/{id}", id)).andExpect(content().string(containsString("Archived on")));
		this.mvc.perform(post("/institutions/{id}/restore", id).with(csrf()));
		this.mvc.perform(get("/institutions").param("q", "Archivable"))
			.andExpect(content().string(containsString("Archivable College")));
		assertThat(this.jdbc.queryForList(
				"select action from record_change where record_id = ? and record_type = 'INSTITUTION' order by id",
				String.class, id))
			.containsExactly("CREATED", "ARCHIVED", "RESTORED");
	}

	@Test
	@WithUserDetails("viewer")
	void showsNoEditButtonsToViewers() throws Exception {
		this.mvc.perform(get("/institutions/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/institutions/1/edit"))));
	}

	@Test
	void findsAnInstitutionByTheAlternativeNamesAndPinyinSavedWithIt() throws Exception {
		this.mvc
			.perform(form(post("/institutions"), "Harbin Institute of Technology", "CN").param("nameNative", "哈尔滨工业大学")
				.param("alternativeNames", "HIT\r\n  哈工大  \r\n\r\nHarbin Tech"))
			.andExpect(redirectedUrlPattern("/institutions/*"));
		Long id = id("Harbin Institute of Technology");
		assertThat(this.jdbc.queryForList(
				"select name from institution_alt_name where institution_id = ? order by ordinal", String.class, id))
			.containsExactly("HIT", "哈工大", "Harbin Tech");
		assertThat(this.jdbc.queryForObject("select name_latin from institution where id = ?", String.class, id))
			.isEqualTo("ha er bin gong ye da xue haerbingongyedaxue");
		for (String query : new String[] { "哈工大", "harbin gongye daxue", "Harbin Tech" }) {
			this.mvc.perform(get("/institutions").param("q", query))
				.andExpect(content().string(containsString("Harbin Institute of Technology")));
		}
		this.mvc.perform(get("/institutions/{id}", id))
			.andExpect(content().string(containsString("HIT; 哈工大; Harbin Tech")));

		// Changed on the form: the old name no longer finds it, the new one does, and
		// history says so.
		this.mvc
			.perform(form(post("/institutions/{id}", id), "Harbin Institute of Technology", "CN")
				.param("nameNative", "哈尔滨工业大学")
				.param("alternativeNames", "哈工大\nHarbin Polytechnic")
				.param("version", versionOnEditPage(id)))
			.andExpect(redirectedUrlPattern("/institutions/*"));
		this.mvc.perform(get("/institutions").param("q", "HIT"))
			.andExpect(content().string(not(containsString("Harbin Institute of Technology"))));
		this.mvc.perform(get("/institutions").param("q", "Harbin Polytechnic"))
			.andExpect(content().string(containsString("Harbin Institute of Technology")));
		// The page's history shows the change (the current names are above it).
		this.mvc.perform(get("/institutions/{id}", id))
			.andExpect(content().string(containsString("HIT; 哈工大; Harbin Tech")))
			.andExpect(content().string(containsString("哈工大; Harbin Polytechnic")));
	}

	@Test
	void refusesAnAlternativeNameTooLongBesideTheFieldAndKeepsTheText() throws Exception {
		String tooLong = "x".repeat(301);
		this.mvc
			.perform(form(post("/institutions"), "Tongji University", "CN").param("alternativeNames", "同济\n" + tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"alternativeNames-error\"")))
			.andExpect(content().string(containsString("at most 300 characters")))
			.andExpect(content().string(containsString(tooLong)));
		assertThat(count("Tongji University")).isZero();
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name, String country) {
		return request.with(csrf()).param("nameEn", name).param("kind", "UNIVERSITY").param("countryCode", country);
	}

	private String versionOnEditPage(Long id) throws Exception {
		return version(
				this.mvc.perform(get("/institutions/{id}/edit", id)).andReturn().getResponse().getContentAsString());
	}

	private static String version(String html) {
		Matcher matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
		assertThat(matcher.find()).as("version field").isTrue();
		return matcher.group(1);
	}

	private Long id(String name) {
		return this.jdbc.queryForObject("select max(id) from institution where name_en = ?", Long.class, name);
	}

	private long count(String name) {
		return this.jdbc.queryForObject("select count(*) from institution where name_en = ?", Long.class, name);
	}

}
