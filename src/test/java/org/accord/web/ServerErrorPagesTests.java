package org.accord.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that the servlet container handles (an unknown URL, a refused POST) through a
 * real HTTP server, where Spring Boot forwards to /error and {@link ErrorPages} renders
 * the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServerErrorPagesTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void answersAnUnknownAddressWithTheNotFoundPage() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/no/such/page")).header("Accept", "text/html"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("This page does not exist").contains("navbar-brand");
	}

	@Test
	void answersARefusedChangeWithTheForbiddenPage() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/agreements"))
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("title=x")));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("You may not do this").doesNotContain("Whitelabel");
	}

	@Test
	void answersABadPathVariableWithoutTheExceptionText() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/institutions/%FF")).header("Accept", "text/html"));
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("org.accord");
	}

	@Test
	void sendsTheSecurityHeadersWithEveryPage() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/agreements")));
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	@Test
	void servesBootstrapFromItsWebJar() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/webjars/bootstrap/css/bootstrap.min.css")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Bootstrap");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
