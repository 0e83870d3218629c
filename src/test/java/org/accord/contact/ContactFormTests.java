package org.accord.contact;

import java.util.Map;

import org.accord.EditingPortalTest;
import org.accord.Html;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EditingPortalTest
@WithUserDetails("editor")
class ContactFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordsAContactThatThePartnersPageShows() throws Exception {
		MvcResult saved = this.mvc
			.perform(contact("Sato Hanako").param("nameNative", "佐藤花子")
				.param("role", "Exchange coordinator")
				.param("email", "sato@example.ac.jp")
				.param("phone", "+81 42 674 2111"))
			.andExpect(redirectedUrlPattern("/contacts/*"))
			.andReturn();
		String page = this.mvc.perform(get(saved.getResponse().getRedirectedUrl()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(page, "Sato Hanako", "佐藤花子", "Exchange coordinator", "Chuo University",
				"mailto:sato@example.ac.jp", "+81 42 674 2111");
		Html.assertInOrder(Html.section(page, "history"), "editor", "Created");
		String partner = this.mvc.perform(get("/institutions/{id}", institution("Chuo University")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(Html.section(partner, "people"), "Sato Hanako", "佐藤花子", "Exchange coordinator",
				"sato@example.ac.jp", "+81 42 674 2111");
	}

	@Test
	void showsEachProblemBesideItsFieldAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(post("/contacts").with(csrf())
				.param("name", "Contact with problems")
				.param("institution", "Nowhere College")
				.param("email", "not an address")
				.param("phone", "call me maybe"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"institution-error\">No single recorded institution")))
			.andExpect(content().string(containsString("id=\"email-error\">Enter an e-mail address")))
			.andExpect(content().string(containsString("id=\"phone-error\">Enter a phone number")))
			.andExpect(content().string(containsString("value=\"Contact with problems\"")))
			.andExpect(content().string(containsString("value=\"call me maybe\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from person where name = 'Contact with problems'",
				Long.class))
			.isZero();
	}

	@Test
	void linksContactsToTheAgreementsTheySignOrCoordinate() throws Exception {
		Long agreement = this.jdbc.queryForObject("select id from agreement where reference = 'AGR-2019-001'",
				Long.class);
		String seeded = this.mvc.perform(get("/agreements/{id}", agreement))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(Html.section(seeded, "contacts"), "Fukuhiko Fukuhara", "Chuo University", "signs");

		this.mvc.perform(contact("Tanaka Ichiro").param("email", "tanaka@example.ac.jp"));
		Long person = this.jdbc.queryForObject("select id from person where name = 'Tanaka Ichiro'", Long.class);
		this.mvc
			.perform(post("/agreements/{id}/contacts", agreement).with(csrf())
				.param("person", person.toString())
				.param("role", "COORDINATES"))
			.andExpect(redirectedUrlPattern("/agreements/*"));
		String page = this.mvc.perform(get("/agreements/{id}", agreement))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(Html.section(page, "contacts"), "Tanaka Ichiro", "Chuo University", "coordinates",
				"tanaka@example.ac.jp");
		Html.assertInOrder(Html.section(page, "history"), "editor", "Contacts", "Tanaka Ichiro (coordinates)");
		this.mvc.perform(get("/contacts/{id}", person)).andExpect(content().string(containsString("AGR-2019-001")));

		this.mvc.perform(post("/agreements/{id}/contacts/remove", agreement).with(csrf())
			.param("person", person.toString())
			.param("role", "COORDINATES"));
		assertThat(this.jdbc.queryForObject("select count(*) from agreement_contact where person_id = ?", Long.class,
				person))
			.isZero();
	}

	@Test
	void refusesAContactWhoWorksAtNoParty() throws Exception {
		Long agreement = this.jdbc.queryForObject("select id from agreement where reference = 'AGR-2024-002'",
				Long.class);
		this.mvc.perform(contact("Contact elsewhere"));
		Long person = this.jdbc.queryForObject("select id from person where name = 'Contact elsewhere'", Long.class);
		this.mvc
			.perform(post("/agreements/{id}/contacts", agreement).with(csrf())
				.param("person", person.toString())
				.param("role", "SIGNS"))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("select count(*) from agreement_contact where person_id = ?", Long.class,
				person))
			.isZero();
	}

	@Test
	void neverLetsTwoEditsOfAContactOverwriteEachOther() throws Exception {
		this.mvc.perform(contact("Contact edited twice"));
		Long id = this.jdbc.queryForObject("select id from person where name = 'Contact edited twice'", Long.class);
		String form = this.mvc.perform(get("/contacts/{id}/edit", id)).andReturn().getResponse().getContentAsString();
		Map<String, String> first = Html.formFields(form);
		first.put("phone", "+81 1");
		this.mvc.perform(update(id, first)).andExpect(status().is3xxRedirection());
		Map<String, String> second = Html.formFields(form);
		second.put("phone", "+81 2");
		this.mvc.perform(update(id, second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("+81 1")));
		assertThat(this.jdbc.queryForObject("select phone from person where id = ?", String.class, id))
			.isEqualTo("+81 1");
	}

	@Test
	void archivesAContactAndRestoresIt() throws Exception {
		this.mvc.perform(contact("Contact to archive"));
		Long id = this.jdbc.queryForObject("select id from person where name = 'Contact to archive'", Long.class);
		this.mvc.perform(get("/contacts/{id}/archive", id))
			.andExpect(content().string(containsString("Archive Contact to archive?")));
		this.mvc.perform(post("/contacts/{id}/archive", id).with(csrf()));
		this.mvc.perform(get("/contacts/{id}", id)).andExpect(content().string(containsString("id=\"archived\"")));
		this.mvc.perform(post("/contacts/{id}/restore", id).with(csrf()));
		assertThat(this.jdbc.queryForObject("select archived_at is null from person where id = ?", Boolean.class, id))
			.isTrue();
	}

	private MockHttpServletRequestBuilder contact(String name) {
		return post("/contacts").with(csrf()).param("name", name).param("institution", "Chuo University");
	}

	private static MockHttpServletRequestBuilder update(Long id, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post("/contacts/{id}", id).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private Long institution(String name) {
		return this.jdbc.queryForObject("select id from institution where name_en = ?", Long.class, name);
	}

}
