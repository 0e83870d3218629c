package org.accord.office;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EditingPortalTest
@WithUserDetails("editor")
class OfficeFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordsAnOfficeWithItsOwnerHostAndAgreement() throws Exception {
		MvcResult saved = this.mvc
			.perform(office("SSPU Liaison Office in Ruse").param("owner", "SSPU")
				.param("host", "University of Ruse")
				.param("city", "Ruse")
				.param("countryCode", "BG")
				.param("openedOn", "2024-05")
				.param("agreementReference", "agr-2024-002"))
			.andExpect(redirectedUrlPattern("/offices/*"))
			.andReturn();
		String page = this.mvc.perform(get(saved.getResponse().getRedirectedUrl()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(page, "Run by", "Shanghai Polytechnic University", "Hosted by", "University of Ruse",
				"Bulgaria", "2024-05", "AGR-2024-002");
		Html.assertInOrder(Html.section(page, "history"), "editor", "Created");
	}

	@Test
	void showsEachProblemBesideItsFieldAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(office("Office with problems").param("owner", "Nowhere College")
				.param("countryCode", "ZZ")
				.param("openedOn", "May 2024")
				.param("agreementReference", "AGR-1999-999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"owner-error\">No single recorded institution matches")))
			.andExpect(content().string(containsString("id=\"countryCode-error\">Choose a country")))
			.andExpect(content().string(containsString("id=\"openedOn-error\">Enter a year")))
			.andExpect(
					content().string(containsString("id=\"agreementReference-error\">No agreement has this reference")))
			.andExpect(content().string(containsString("value=\"Office with problems\"")))
			.andExpect(content().string(containsString("value=\"Nowhere College\"")));
	}

	@Test
	void archivesAnOfficeOutOfTheList() throws Exception {
		this.mvc.perform(office("Office to archive").param("owner", "Chuo University").param("countryCode", "JP"));
		Long id = this.jdbc.queryForObject("select id from office where name = 'Office to archive'", Long.class);
		this.mvc.perform(post("/offices/{id}/archive", id).with(csrf()));
		this.mvc.perform(get("/offices").param("q", "Office to archive"))
			.andExpect(content().string(not(containsString("Office to archive</a>"))));
		this.mvc.perform(get("/offices").param("q", "Office to archive").param("archived", "true"))
			.andExpect(content().string(containsString("Office to archive</a>")));
		assertThat(
				this.jdbc.queryForObject("select archived_at is not null from office where id = ?", Boolean.class, id))
			.isTrue();
	}

	private MockHttpServletRequestBuilder office(String name) {
		return post("/offices").with(csrf()).param("name", name);
	}

}
