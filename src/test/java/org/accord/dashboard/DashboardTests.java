package org.accord.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.accord.EditingPortalTest;
import org.accord.Html;
import org.accord.history.RecordChanged;
import org.accord.history.RecordType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every figure and table of the dashboard on a portfolio built for the test: one home
 * institution of its own, so that the seeds and other tests do not change what it counts.
 */
@EditingPortalTest
@WithUserDetails("leader")
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DashboardService dashboards;

	@Autowired
	MeterRegistry meters;

	private final LocalDate today = LocalDate.now();

	private final int year = this.today.getYear();

	private String tag;

	private long home;

	private long tokyo;

	private long osaka;

	private long berlin;

	@BeforeEach
	void portfolio() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.home = institution("Home", "CN", true);
		this.tokyo = institution("Tokyo", "JP", false);
		this.osaka = institution("Osaka", "JP", false);
		this.berlin = institution("Berlin", "DE", false);
		long a1 = agreement("A1", "ACTIVE", null, this.today.plusMonths(2).minusDays(1), this.home, this.tokyo);
		long a2 = agreement("A2", "ACTIVE", this.today.minusYears(3), this.today.plusMonths(5), this.home, this.osaka);
		long a3 = agreement("A3", "ACTIVE", this.today.minusYears(1), this.today.plusMonths(11), this.home,
				this.berlin);
		agreement("A4", "ACTIVE", this.today.minusYears(6), this.today.minusDays(1), this.home, this.tokyo);
		agreement("A5", "DRAFT", null, null, this.home, this.berlin);
		this.jdbc.update("""
				insert into cooperation_condition (agreement_id, sending_institution_id, receiving_institution_id,
				    mobility_kind, places_per_year) values (?, ?, ?, 'STUDENT_STUDY', 40)""", a1, this.home,
				this.tokyo);
		this.jdbc.update("insert into office (name, owner_id, host_id, country_code) values (?, ?, ?, 'JP')",
				this.tag + " office", this.home, this.tokyo);
		delegation("this year", LocalDate.of(this.year, 1, 1), this.tokyo);
		delegation("three years ago", this.today.minusYears(3), this.berlin);
		statistic(this.tokyo, "STUDENTS_SENT", this.year - 1, 30);
		statistic(this.tokyo, "STUDENTS_RECEIVED_SHORT_TERM", this.year - 1, 2);
		statistic(this.berlin, "STUDENTS_SENT", this.year - 1, 5);
		this.dashboards.forget();
		assertThat(a2 + a3).isPositive();
	}

	@Test
	void countsEachKeyFigureOnKnownData() throws Exception {
		String page = dashboard("?home=" + this.home);
		assertThat(figure(page, "Partner institutions")).isEqualTo(3);
		assertThat(figure(page, "Partner countries")).isEqualTo(2);
		assertThat(figure(page, "Active agreements")).isEqualTo(3);
		assertThat(figure(page, "Expiring within 3 months")).isEqualTo(1);
		assertThat(figure(page, "Expiring within 6 months")).isEqualTo(2);
		assertThat(figure(page, "Expiring within 12 months")).isEqualTo(3);
		assertThat(figure(page, "Overseas offices")).isEqualTo(1);
		assertThat(figure(page, "Delegations in " + this.year)).isEqualTo(1);
		assertThat(figure(page, "Students exchanged in " + (this.year - 1))).isEqualTo(37);
	}

	@Test
	void aPartnerCountryNarrowsEveryFigure() throws Exception {
		String page = dashboard("?home=" + this.home + "&country=DE");
		assertThat(figure(page, "Partner institutions")).isEqualTo(1);
		assertThat(figure(page, "Partner countries")).isEqualTo(1);
		assertThat(figure(page, "Active agreements")).isEqualTo(1);
		assertThat(figure(page, "Expiring within 3 months")).isZero();
		assertThat(figure(page, "Overseas offices")).isZero();
		assertThat(figure(page, "Students exchanged in " + (this.year - 1))).isEqualTo(5);
		assertThat(page).contains("name=\"country\"").contains("value=\"DE\" selected");
	}

	@Test
	void eachFigureLinksToTheListThatExplainsIt() throws Exception {
		String page = dashboard("?home=" + this.home);
		assertThat(listTotal(link(page, "Partner institutions"))).isEqualTo(3);
		assertThat(listTotal(link(page, "Active agreements"))).isEqualTo(3);
		assertThat(listTotal(link(page, "Expiring within 6 months"))).isEqualTo(2);
		assertThat(listTotal(link(page, "Overseas offices"))).isEqualTo(1);
		assertThat(listTotal(link(page, "Delegations in " + this.year))).isEqualTo(1);
	}

	@Test
	void chartsAndTheirTablesShowTheSameNumbers() throws Exception {
		String page = dashboard("?home=" + this.home);
		String signed = Html.section(page, "chart-signed");
		assertThat(signed).contains("data-chart=");
		Html.assertInOrder(signed, "<th scope=\"row\">" + (this.year - 3) + "</th>", "<td class=\"text-end\">1</td>");
		String flows = Html.section(page, "chart-flows");
		Html.assertInOrder(flows, "<th scope=\"row\">" + (this.year - 1) + "</th>", ">35</td>", ">2</td>");
		Html.assertInOrder(Html.section(page, "chart-countries"), "Japan", ">2</td>", "Germany", ">1</td>");
		Html.assertInOrder(Html.section(page, "chart-top"), this.tag + " Tokyo", "<td class=\"text-end\">2</td>",
				"<td class=\"text-end\">1</td>", "<td class=\"text-end\">32</td>");
		assertThat(Html.section(page, "chart-countries")).contains("data-country=\"JP\"")
			.contains("class=\"country shade-5\" data-country=\"JP\"");
	}

	@Test
	void showsWhatNeedsAttention() throws Exception {
		String page = dashboard("?home=" + this.home);
		Html.assertInOrder(Html.section(page, "expiring"), this.tag + "-A1", this.tag + "-A2", this.tag + "-A3");
		assertThat(Html.section(page, "expiring")).doesNotContain(this.tag + "-A4");
		String dormant = Html.section(page, "dormant");
		assertThat(dormant).contains("Dormant agreements: 1")
			.contains(this.tag + "-A2")
			.doesNotContain(this.tag + "-A1");
		assertThat(Html.section(page, "imbalanced")).contains(this.tag + " Tokyo").contains(">30</td>");
		String idle = Html.section(page, "idle-delegations");
		assertThat(idle).contains("Delegations that led to no agreement: 1").contains(this.tag + " three years ago");
		Html.assertInOrder(Html.section(page, "places"), this.tag + "-A1", "Student study", ">40</td>", ">30</td>");
	}

	@Test
	void aChangeThroughTheFormsIsCountedAtOnce() throws Exception {
		String before = dashboard("?home=" + this.home);
		assertThat(figure(before, "Overseas offices")).isEqualTo(1);
		this.jdbc.update("insert into office (name, owner_id, country_code) values (?, ?, 'DE')",
				this.tag + " second office", this.home);
		assertThat(figure(dashboard("?home=" + this.home), "Overseas offices")).as("kept until a record changes")
			.isEqualTo(1);
		this.dashboards.recordChanged(new RecordChanged(RecordType.OFFICE, 1L));
		assertThat(figure(dashboard("?home=" + this.home), "Overseas offices")).isEqualTo(2);
	}

	@Test
	void requestsThatFindNoCurrentDashboardComputeItOnce() throws Exception {
		DashboardFilter filter = new DashboardFilter(this.home, null, null, null);
		SecurityContext leader = TestSecurityContextHolder.getContext();
		int requests = 8;
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			for (int round = 0; round < 3; round++) {
				this.dashboards.forget();
				double missesBefore = misses();
				List<Future<Dashboard>> answers = new ArrayList<>();
				CountDownLatch go = new CountDownLatch(1);
				for (int i = 0; i < requests; i++) {
					answers.add(pool.submit(() -> {
						SecurityContextHolder.setContext(leader);
						try {
							go.await();
							return this.dashboards.dashboard(filter);
						}
						finally {
							SecurityContextHolder.clearContext();
						}
					}));
				}
				go.countDown();
				Set<Instant> computed = new HashSet<>();
				for (Future<Dashboard> answer : answers) {
					computed.add(answer.get(30, TimeUnit.SECONDS).computedAt());
				}
				assertThat(misses() - missesBefore).as("dashboards computed in round %d", round).isEqualTo(1);
				assertThat(computed).as("every request answered the one computed").hasSize(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private double misses() {
		return this.meters.get("accord.cache.requests")
			.tag("cache", "dashboard")
			.tag("result", "miss")
			.counter()
			.count();
	}

	@Test
	void refusesNothingAFilterCanHold() throws Exception {
		for (String query : new String[] { "?home=abc", "?country=<script>", "?from=-5&to=99999", "?from=2030&to=2000",
				"?home=999999999" }) {
			this.mvc.perform(get("/dashboard" + query))
				.andExpect((result) -> assertThat(result.getResponse().getStatus()).as(query).isIn(200, 400));
		}
	}

	private String dashboard(String query) throws Exception {
		return this.mvc.perform(get("/dashboard" + query)).andReturn().getResponse().getContentAsString();
	}

	private static long figure(String page, String label) {
		Matcher matcher = Pattern
			.compile("figure-value d-block\">([0-9,]+)</span>\\s*<span class=\"figure-label[^\"]*\">"
					+ Pattern.quote(label) + "</span>")
			.matcher(page);
		assertThat(matcher.find()).as("figure %s", label).isTrue();
		return Long.parseLong(matcher.group(1).replace(",", ""));
	}

	private static String link(String page, String label) {
		Matcher matcher = Pattern
			.compile("href=\"([^\"]+)\">\\s*<span class=\"card-body\">\\s*<span class=\"figure-value d-block\">[0-9,]+"
					+ "</span>\\s*<span class=\"figure-label[^\"]*\">" + Pattern.quote(label) + "</span>")
			.matcher(page);
		assertThat(matcher.find()).as("link of %s", label).isTrue();
		return HtmlUtils.htmlUnescape(matcher.group(1));
	}

	private long listTotal(String url) throws Exception {
		String list = this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
		Matcher matcher = Pattern.compile("Showing \\d+–\\d+ of (\\d+)").matcher(list);
		assertThat(matcher.find()).as("list at %s", url).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private long institution(String name, String country, boolean home) {
		return this.jdbc.queryForObject(
				"insert into institution (name_en, kind, country_code, home) values (?, 'UNIVERSITY', ?, ?) returning id",
				Long.class, this.tag + " " + name, country, home);
	}

	private long agreement(String name, String status, LocalDate signed, LocalDate until, long... parties) {
		long id = this.jdbc.queryForObject("""
				insert into agreement (reference, kind, title, status, signed_date, signed_precision, valid_until)
				values (?, 'MEMORANDUM_OF_UNDERSTANDING', ?, ?, ?, ?, ?) returning id""", Long.class,
				this.tag + "-" + name, this.tag + " agreement " + name, status, signed, (signed != null) ? "DAY" : null,
				until);
		for (long party : parties) {
			this.jdbc.update("insert into agreement_party (agreement_id, institution_id) values (?, ?)", id, party);
		}
		return id;
	}

	private void delegation(String title, LocalDate on, long visited) {
		long id = this.jdbc.queryForObject("""
				insert into delegation (title, starts_on, direction, format, home_institution_id)
				values (?, ?, 'OUTBOUND_VISIT', 'IN_PERSON', ?) returning id""", Long.class, this.tag + " " + title, on,
				this.home);
		this.jdbc.update("insert into delegation_participant (delegation_id, institution_id) values (?, ?)", id,
				visited);
	}

	private void statistic(long partner, String measure, int year, long value) {
		this.jdbc.update("""
				insert into exchange_statistic (institution_id, partner_institution_id, period_kind, year_from, year_to,
				    measure, value) values (?, ?, 'YEAR', ?, ?, ?, ?)""", this.home, partner, year, year, measure,
				value);
	}

}
