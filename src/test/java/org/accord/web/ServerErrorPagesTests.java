package org.accord.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.accord.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that the servlet container handles (an unknown URL, a refused request) through a
 * real HTTP server, where Spring Boot forwards to /error and {@link ErrorPages} renders
 * the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServerErrorPagesTests {

	@LocalServerPort
	int port;

	private HttpSession viewer;

	@BeforeEach
	void signIn() throws Exception {
		this.viewer = new HttpSession(this.port).signIn("viewer", "demo");
	}

	@Test
	void answersAnUnknownAddressWithTheNotFoundPage() throws Exception {
		HttpResponse<String> response = this.viewer.get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("This page does not exist").contains("navbar-brand").contains("viewer");
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		HttpResponse<String> response = new HttpSession(this.port).get("/agreements");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void answersARequestWithoutCsrfTokenWithTheForbiddenPage() throws Exception {
		HttpResponse<String> response = this.viewer.post("/account/password", "currentPassword=demo");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("You may not do this").doesNotContain("Whitelabel");
	}

	@Test
	void answersABadPathVariableWithoutTheExceptionText() throws Exception {
		HttpResponse<String> response = this.viewer.get("/institutions/%FF");
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("org.accord");
	}

	@Test
	void sendsTheSecurityHeadersWithEveryPage() throws Exception {
		for (HttpResponse<String> response : new HttpResponse[] { this.viewer.get("/agreements"),
				new HttpSession(this.port).get("/login"), this.viewer.get("/no/such/page") }) {
			assertThat(response.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'")
					.contains("frame-ancestors 'none'")
					.doesNotContain("unsafe-inline"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		}
	}

	@Test
	void servesBootstrapFromItsWebJarToAnyone() throws Exception {
		HttpResponse<String> response = new HttpSession(this.port)
			.send(HttpRequest.newBuilder(this.viewer.uri("/webjars/bootstrap/css/bootstrap.min.css")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Bootstrap");
	}

}
