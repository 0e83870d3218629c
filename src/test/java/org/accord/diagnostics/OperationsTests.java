package org.accord.diagnostics;

import org.accord.PortalTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the IT department watches: metrics for Prometheus (for the scraper's address or
 * admins, never viewers), the health probes, and a request id on every response.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("admin")
	void anAdminReadsTheMetricsPerRouteNotPerRecord() throws Exception {
		long kyoto = this.jdbc.queryForObject("select id from institution where name_en = 'Kyoto University'",
				Long.class);
		this.mvc.perform(get("/institutions/{id}", kyoto));
		this.mvc.perform(get("/institutions").param("page", "1").param("size", "5"));
		this.mvc.perform(get("/institutions").param("page", "1").param("size", "5"));
		this.mvc.perform(get("/dashboard"));
		this.mvc.perform(formLogin().user("nobody-here").password("wrong-password"));

		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http_server_requests_seconds_count{")))
			.andExpect(content().string(containsString("uri=\"/institutions/{id}\"")))
			.andExpect(content().string(not(containsString("uri=\"/institutions/" + kyoto + "\""))))
			.andExpect(content().string(containsString("hikaricp_connections_active{")))
			.andExpect(content().string(containsString("jvm_memory_used_bytes{")))
			.andExpect(content().string(containsString("jvm_gc_")))
			.andExpect(content().string(matchesPattern(
					"(?s).*accord_cache_requests_total\\{[^}]*cache=\"list-totals\"[^}]*result=\"hit\"[^}]*} [1-9].*")))
			.andExpect(content()
				.string(containsString("accord_cache_requests_total{application=\"accord\",cache=\"dashboard\"")))
			.andExpect(content().string(containsString("accord_imports_running{")))
			.andExpect(content().string(containsString("accord_imports_failed{")))
			.andExpect(content().string(matchesPattern(
					"(?s).*accord_signin_failures_total\\{[^}]*reason=\"bad-credentials\"[^}]*} [1-9].*")));
	}

	@Test
	@WithUserDetails("admin")
	void anAdminSeesTheSizesAndTheLastBackupReported() throws Exception {
		this.jdbc.update("delete from backup_report");
		this.mvc.perform(get("/admin/operations"))
			.andExpect(content().string(matchesPattern("(?s).*id=\"database-size\">\\d+(\\.\\d)? MB<.*")))
			.andExpect(content().string(containsString("No backup has been reported yet.")));
		this.jdbc.update("insert into backup_report (taken_at, file_name, size_bytes, duration_ms) "
				+ "values ('2026-11-30 02:00:00+00', 'accord-2026-11-30.dump', 4404019, 1200)");
		this.mvc.perform(get("/admin/operations"))
			.andExpect(content()
				.string(containsString("2026-11-30 02:00:00 UTC: accord-2026-11-30.dump, 4.2 MB, taken in 1,200 ms")));
	}

	@Test
	void aViewerMayNotReadTheMetrics() throws Exception {
		this.mvc.perform(get("/admin/operations")).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
	}

	@Test
	@WithAnonymousUser
	void theScraperReadsThemFromItsAddressOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(from("10.9.8.7"))).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus").with(from("10.9.8.8"))).andExpect(status().is3xxRedirection());
	}

	@Test
	@WithAnonymousUser
	void theProbesAreOpenAndSayWhatTheyCheck() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void everyResponseCarriesARequestIdAndKeepsAPlainOneGiven() throws Exception {
		this.mvc.perform(get("/institutions").header("X-Request-Id", "lb-7f3a.21"))
			.andExpect(header().string("X-Request-Id", "lb-7f3a.21"));
		this.mvc.perform(get("/institutions").header("X-Request-Id", "bad\nid"))
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
		this.mvc.perform(get("/institutions"))
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
	}

	@Test
	@WithUserDetails("editor")
	void everyLogLineOfARequestNamesItsIdUserAndRoute(CapturedOutput output) throws Exception {
		long agreement = this.jdbc.queryForObject("select min(id) from agreement", Long.class);
		// A request the portal logs (a parameter missing): the line carries the request's
		// context.
		this.mvc.perform(post("/agreements/{id}/contacts", agreement).with(csrf()).header("X-Request-Id", "log-ctx-1"));
		Assertions.assertThat(output.getOut()).contains("[log-ctx-1 editor /agreements/{id}/contacts]");
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
