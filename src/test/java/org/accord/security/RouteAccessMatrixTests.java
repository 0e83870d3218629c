package org.accord.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.accord.EditingPortalTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of the portal, read from Spring MVC's own request mappings, requested by an
 * anonymous visitor and by each role. A route added without an expectation here fails the
 * test, so nobody can add a page without deciding who may see it.
 */
@EditingPortalTest
class RouteAccessMatrixTests {

	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,
		/** Any signed-in user. */
		SIGNED_IN, VIEWER, EDITOR, LEADER, ADMIN

	}

	/**
	 * Who may use each route; "GET /agreements/{id}" means the method and the mapping's
	 * pattern.
	 */
	private static final Map<String, Access> EXPECTED = Map.ofEntries(Map.entry("GET /login", Access.PUBLIC),
			Map.entry("GET /", Access.VIEWER), Map.entry("GET /search", Access.VIEWER),
			Map.entry("GET /institutions", Access.VIEWER), Map.entry("GET /institutions/{id}", Access.VIEWER),
			Map.entry("GET /institutions/suggestions", Access.VIEWER),
			Map.entry("GET /institutions/new", Access.EDITOR), Map.entry("POST /institutions", Access.EDITOR),
			Map.entry("GET /institutions/{id}/edit", Access.EDITOR),
			Map.entry("POST /institutions/{id}", Access.EDITOR),
			Map.entry("GET /institutions/{id}/archive", Access.EDITOR),
			Map.entry("POST /institutions/{id}/archive", Access.EDITOR),
			Map.entry("POST /institutions/{id}/restore", Access.EDITOR), Map.entry("GET /agreements", Access.VIEWER),
			Map.entry("GET /agreements/{id}", Access.VIEWER),
			Map.entry("POST /agreements/{id}/documents", Access.EDITOR),
			Map.entry("POST /agreements/{id}/activate", Access.EDITOR),
			Map.entry("GET /agreements/renewals", Access.VIEWER),
			Map.entry("POST /agreements/{id}/renewal-decision", Access.EDITOR),
			Map.entry("GET /agreements/{id}/terminate", Access.EDITOR),
			Map.entry("POST /agreements/{id}/terminate", Access.EDITOR),
			Map.entry("GET /agreements/{id}/renew", Access.EDITOR),
			Map.entry("POST /agreements/{id}/renew", Access.EDITOR),
			Map.entry("GET /agreements/{id}/documents/{documentId}", Access.VIEWER),
			Map.entry("GET /agreements/new", Access.EDITOR), Map.entry("POST /agreements", Access.EDITOR),
			Map.entry("GET /agreements/{id}/edit", Access.EDITOR), Map.entry("POST /agreements/{id}", Access.EDITOR),
			Map.entry("GET /agreements/{id}/archive", Access.EDITOR),
			Map.entry("POST /agreements/{id}/archive", Access.EDITOR),
			Map.entry("POST /agreements/{id}/restore", Access.EDITOR),
			Map.entry("GET /agreements/{id}/conditions/new", Access.EDITOR),
			Map.entry("POST /agreements/{id}/conditions", Access.EDITOR),
			Map.entry("GET /agreements/{id}/conditions/{conditionId}/edit", Access.EDITOR),
			Map.entry("POST /agreements/{id}/conditions/{conditionId}", Access.EDITOR),
			Map.entry("GET /agreements/{id}/conditions/{conditionId}/remove", Access.EDITOR),
			Map.entry("POST /agreements/{id}/conditions/{conditionId}/remove", Access.EDITOR),
			Map.entry("POST /agreements/{id}/contacts", Access.EDITOR),
			Map.entry("POST /agreements/{id}/contacts/remove", Access.EDITOR),
			Map.entry("GET /contacts/{id}", Access.VIEWER), Map.entry("GET /contacts/new", Access.EDITOR),
			Map.entry("POST /contacts", Access.EDITOR), Map.entry("GET /contacts/{id}/edit", Access.EDITOR),
			Map.entry("POST /contacts/{id}", Access.EDITOR), Map.entry("GET /contacts/{id}/archive", Access.EDITOR),
			Map.entry("POST /contacts/{id}/archive", Access.EDITOR),
			Map.entry("POST /contacts/{id}/restore", Access.EDITOR), Map.entry("GET /offices", Access.VIEWER),
			Map.entry("GET /offices/{id}", Access.VIEWER), Map.entry("GET /offices/new", Access.EDITOR),
			Map.entry("POST /offices", Access.EDITOR), Map.entry("GET /offices/{id}/edit", Access.EDITOR),
			Map.entry("POST /offices/{id}", Access.EDITOR), Map.entry("GET /offices/{id}/archive", Access.EDITOR),
			Map.entry("POST /offices/{id}/archive", Access.EDITOR),
			Map.entry("POST /offices/{id}/restore", Access.EDITOR), Map.entry("GET /delegations", Access.VIEWER),
			Map.entry("GET /delegations/{id}", Access.VIEWER), Map.entry("GET /delegations/new", Access.EDITOR),
			Map.entry("POST /delegations", Access.EDITOR), Map.entry("GET /delegations/{id}/edit", Access.EDITOR),
			Map.entry("POST /delegations/{id}", Access.EDITOR),
			Map.entry("GET /delegations/{id}/archive", Access.EDITOR),
			Map.entry("POST /delegations/{id}/archive", Access.EDITOR),
			Map.entry("POST /delegations/{id}/restore", Access.EDITOR), Map.entry("GET /statistics", Access.VIEWER),
			Map.entry("GET /statistics/{id}", Access.VIEWER), Map.entry("GET /statistics/new", Access.EDITOR),
			Map.entry("POST /statistics", Access.EDITOR), Map.entry("GET /statistics/{id}/edit", Access.EDITOR),
			Map.entry("POST /statistics/{id}", Access.EDITOR), Map.entry("GET /statistics/{id}/archive", Access.EDITOR),
			Map.entry("POST /statistics/{id}/archive", Access.EDITOR),
			Map.entry("POST /statistics/{id}/restore", Access.EDITOR), Map.entry("GET /sources", Access.VIEWER),
			Map.entry("GET /sources/{id}", Access.VIEWER), Map.entry("GET /account/password", Access.SIGNED_IN),
			Map.entry("POST /account/password", Access.SIGNED_IN), Map.entry("GET /admin/users", Access.ADMIN),
			Map.entry("GET /admin/users/new", Access.ADMIN), Map.entry("POST /admin/users", Access.ADMIN),
			Map.entry("GET /admin/users/{id}", Access.ADMIN), Map.entry("POST /admin/users/{id}/role", Access.ADMIN),
			Map.entry("GET /admin/users/{id}/disable", Access.ADMIN),
			Map.entry("POST /admin/users/{id}/disable", Access.ADMIN),
			Map.entry("POST /admin/users/{id}/enable", Access.ADMIN),
			Map.entry("GET /admin/users/{id}/password", Access.ADMIN),
			Map.entry("POST /admin/users/{id}/password", Access.ADMIN), Map.entry("GET /admin/audit", Access.ADMIN),
			Map.entry("GET /admin/operations", Access.ADMIN), Map.entry("GET /dashboard", Access.LEADER),
			Map.entry("GET /agreements/export", Access.VIEWER), Map.entry("GET /institutions/export", Access.VIEWER),
			Map.entry("GET /offices/export", Access.VIEWER), Map.entry("GET /delegations/export", Access.VIEWER),
			Map.entry("GET /statistics/export", Access.VIEWER), Map.entry("GET /import", Access.EDITOR),
			Map.entry("POST /import", Access.EDITOR), Map.entry("GET /import/template", Access.EDITOR),
			Map.entry("GET /import/{id}", Access.EDITOR), Map.entry("POST /import/{id}/confirm", Access.EDITOR),
			Map.entry("POST /import/{id}/discard", Access.EDITOR));

	/** Spring Boot's own error routes, reached by forwarding rather than by a link. */
	private static final Set<String> FRAMEWORK_PATTERNS = Set.of("/error");

	private static final Map<String, Set<Access>> ALLOWED_FOR = Map.of("anonymous", Set.of(Access.PUBLIC), "viewer",
			Set.of(Access.PUBLIC, Access.SIGNED_IN, Access.VIEWER), "editor",
			Set.of(Access.PUBLIC, Access.SIGNED_IN, Access.VIEWER, Access.EDITOR), "leader",
			Set.of(Access.PUBLIC, Access.SIGNED_IN, Access.VIEWER, Access.LEADER), "admin", Set.of(Access.values()));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyRouteAnswersEachRoleAsItsRuleSays() throws Exception {
		Long target = targetAccount();
		SoftAssertions softly = new SoftAssertions();
		Map<String, String> routes = routes();
		softly.assertThat(routes).as("routes found").hasSizeGreaterThan(20);
		for (Map.Entry<String, String> route : routes.entrySet()) {
			Access expected = EXPECTED.get(route.getKey());
			softly.assertThat(expected)
				.as("an expectation for %s in RouteAccessMatrixTests", route.getKey())
				.isNotNull();
			if (expected == null) {
				continue;
			}
			for (String who : ALLOWED_FOR.keySet()) {
				boolean allowed = ALLOWED_FOR.get(who).contains(expected);
				MockHttpServletResponse response = perform(route.getValue(), route.getKey(), who, target);
				String outcome = describe(response);
				softly.assertThat(outcome)
					.as("%s as %s", route.getKey(), who)
					.isEqualTo(allowed ? "allowed" : (who.equals("anonymous") ? "sent to login" : "forbidden"));
				softly.assertThat(response.getHeader("Content-Security-Policy"))
					.as("CSP on %s as %s", route.getKey(), who)
					.contains("frame-ancestors 'none'");
			}
		}
		softly.assertAll();
	}

	/** "METHOD pattern" of every controller route, with the path to request for it. */
	private Map<String, String> routes() {
		Map<String, String> routes = new TreeMap<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<RequestMethod> each = methods.isEmpty() ? List.of(RequestMethod.GET) : new ArrayList<>(methods);
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (FRAMEWORK_PATTERNS.contains(pattern)) {
					continue;
				}
				for (RequestMethod method : each) {
					routes.put(method.name() + " " + pattern, pattern);
				}
			}
		}
		return routes;
	}

	private MockHttpServletResponse perform(String pattern, String route, String who, Long target) throws Exception {
		String id = pattern.startsWith("/admin/users/") ? target.toString() : "1";
		String path = pattern.replaceAll("\\{[^}]+}", id);
		HttpMethod method = HttpMethod.valueOf(route.substring(0, route.indexOf(' ')));
		MockHttpServletRequestBuilder request = request(method, path).accept("text/html");
		if (method != HttpMethod.GET) {
			request.with(csrf());
		}
		request.with(who.equals("anonymous") ? anonymous() : user(this.users.loadUserByUsername(who)));
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String describe(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		if (response.getStatus() == 302 && location != null && location.endsWith("/login")) {
			return "sent to login";
		}
		if (response.getStatus() == 403 || response.getStatus() == 401) {
			return "forbidden";
		}
		return "allowed";
	}

	/**
	 * An account for the admin routes to act on, so that the matrix changes no demo
	 * account.
	 */
	private Long targetAccount() {
		this.jdbc.update("""
				insert into account (username, display_name, password_hash, role)
				values ('matrix-target', 'Matrix target', '{noop}unused-password', 'VIEWER')
				on conflict (username) do nothing""");
		return this.jdbc.queryForObject("select id from account where username = 'matrix-target'", Long.class);
	}

}
