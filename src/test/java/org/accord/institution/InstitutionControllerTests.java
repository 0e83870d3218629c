package org.accord.institution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.Html;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PortalTest
class InstitutionControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsInstitutionsWithTheirOwnScriptNamesAndCountryNames() throws Exception {
		this.mvc.perform(get("/institutions").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(view().name("institutions/list"))
			.andExpect(content().string(containsString("Chuo University")))
			.andExpect(content().string(containsString("中央大学")))
			.andExpect(content().string(containsString("Bulgaria")))
			.andExpect(content().string(containsString("Showing 1–" + activeCount() + " of " + activeCount())));
	}

	@Test
	void findsByPartOfTheEnglishNameIgnoringCase() throws Exception {
		this.mvc.perform(get("/institutions").param("q", "hIROSAK"))
			.andExpect(content().string(containsString("Hirosaki University")))
			.andExpect(content().string(not(containsString("Kyoto University"))));
	}

	@Test
	void findsDespiteATypoAndNearNamesToo() throws Exception {
		// One wrong letter still finds it; a name this close (Hiroshima) is listed too,
		// as
		// search lists what the words are like.
		this.mvc.perform(get("/institutions").param("q", "Hirosaky"))
			.andExpect(content().string(containsString("Hirosaki University")))
			.andExpect(content().string(not(containsString("Kyoto University"))));
	}

	@Test
	void findsByOwnScriptName() throws Exception {
		this.mvc.perform(get("/institutions").param("q", "理工"))
			.andExpect(content().string(containsString("University of Shanghai for Science and Technology")))
			.andExpect(content().string(containsString("Dalian University of Technology")))
			.andExpect(content().string(containsString("Showing 1–2 of 2")));
	}

	@Test
	void findsByAcronym() throws Exception {
		this.mvc.perform(get("/institutions").param("q", "postech"))
			.andExpect(content().string(containsString("Pohang University of Science and Technology")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
	}

	@Test
	void findsByCountryName() throws Exception {
		this.mvc.perform(get("/institutions").param("q", "korea"))
			.andExpect(content().string(containsString("Pohang University of Science and Technology")))
			.andExpect(content().string(containsString("Showing 1–1 of 1")));
	}

	@Test
	void treatsWildcardsInTheTextLiterally() throws Exception {
		this.mvc.perform(get("/institutions").param("q", "%"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No records match these filters.")));
	}

	@Test
	void filtersByCountryAndKind() throws Exception {
		this.mvc.perform(get("/institutions").param("country", "CN").param("kind", "GOVERNMENT_BODY"))
			.andExpect(content().string(containsString("China Scholarship Council")))
			.andExpect(content().string(containsString("Consular Office of Japan in Dalian")))
			.andExpect(content().string(not(containsString("Chuo University"))))
			.andExpect(content().string(containsString("Showing 1–5 of 5")))
			.andExpect(content().string(containsString("<option value=\"CN\" selected=\"selected\">China</option>")))
			.andExpect(content().string(containsString("<option value=\"JP\">Japan</option>")));
		this.mvc.perform(get("/institutions"))
			.andExpect(content().string(not(containsString("selected=\"selected\">China"))))
			.andExpect(content().string(containsString("<option value=\"CN\">China</option>")));
	}

	@Test
	void sortsByNameDescending() throws Exception {
		String html = this.mvc.perform(get("/institutions").param("sort", "name").param("dir", "desc"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(html, "Waseda University", "University of Shanghai for Science and Technology",
				"University of Ruse");
	}

	@Test
	void pagesThroughTheList() throws Exception {
		String second = this.mvc.perform(get("/institutions").param("size", "10").param("page", "2"))
			.andExpect(content().string(containsString("Showing 11–20 of " + activeCount())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(second, "rel=\"prev\"", "page=1", "page=4", "rel=\"next\"");
		this.mvc.perform(get("/institutions").param("size", "10").param("page", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This page is past the end of the list.")));
	}

	@Test
	void showsEveryRelatedRecordOnTheInstitutionsPage() throws Exception {
		Long usst = id("University of Shanghai for Science and Technology");
		String html = this.mvc.perform(get("/institutions/{id}", usst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上海理工大学")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Html.assertInOrder(Html.section(html, "partnerships"), "Chuo University", "2011");
		Html.assertInOrder(Html.section(html, "agreements"), "AGR-2019-001",
				"Agreement on the establishment of the Tokyo Office");
		Html.assertInOrder(Html.section(html, "offices"), "Japan Cultural Exchange Center", "2011",
				"Tokyo Office of the University of Shanghai for Science and Technology", "2019-08-03");
		Html.assertInOrder(Html.section(html, "delegations"), "Inauguration of the USST Tokyo Office");
		Html.assertInOrder(Html.section(html, "statistics"), "Partner institutions", "more than 160");
		Html.assertInOrder(Html.section(html, "people"), "Wu Jianyong");
	}

	@Test
	void drawsTheRelationshipOnATimelineNewestFirst() throws Exception {
		String html = this.mvc
			.perform(get("/institutions/{id}", id("University of Shanghai for Science and Technology")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String timeline = Html.section(html, "timeline");
		assertThat(timeline).contains("AGR-2019-001")
			.contains("Tokyo Office of the University of Shanghai for Science and Technology")
			.contains("Japan Cultural Exchange Center")
			.contains("Inauguration of the USST Tokyo Office")
			.contains("Partner institutions: 160");
		Matcher dates = Pattern.compile("timeline-date[^>]*>([0-9-]+)<").matcher(timeline);
		List<String> years = new ArrayList<>();
		while (dates.find()) {
			years.add(dates.group(1).substring(0, 4));
		}
		assertThat(years).hasSizeGreaterThanOrEqualTo(4).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void showsAlliancesAndTheirMembersBothWays() throws Exception {
		this.mvc.perform(get("/institutions/{id}", id("Alliance of 6 National Universities of Japan")))
			.andExpect(content().string(containsString("Members")))
			.andExpect(content().string(containsString("Nagasaki University")))
			.andExpect(content().string(containsString("AGR-ND-001")));
		this.mvc.perform(get("/institutions/{id}", id("Kumamoto University")))
			.andExpect(content().string(containsString("Member of")))
			.andExpect(content().string(containsString("Alliance of 6 National Universities of Japan")))
			.andExpect(content().string(containsString("Changgu Kougong")));
	}

	@Test
	void showsAPartnerWithNoRecordsWithEmptySections() throws Exception {
		this.mvc.perform(get("/institutions/{id}", id("Japanese Academy of Engineering")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("None recorded")));
	}

	@Test
	void answersAnUnknownInstitutionWithNotFound() throws Exception {
		this.mvc.perform(get("/institutions/{id}", 999999)).andExpect(status().isNotFound());
	}

	/**
	 * Other test classes add institutions to the shared database, so totals are counted,
	 * not assumed.
	 */
	private long activeCount() {
		return this.jdbc.queryForObject("select count(*) from institution where archived_at is null", Long.class);
	}

	private Long id(String name) {
		return this.jdbc.queryForObject("select id from institution where name_en = ?", Long.class, name);
	}

}
