package org.accord;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real HTTP client with its own cookies, for tests against the running server: it signs
 * in through the login form, CSRF token and all, as a browser would.
 */
public final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	public HttpSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpSession signIn(String username, String password) throws Exception {
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrfToken("/login"));
		HttpResponse<String> response = post("/login", form);
		assertThat(response.headers().firstValue("Location")).as("sign-in of %s", username)
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		return this;
	}

	/** The value of the session cookie the server gave this client, if any. */
	public String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public String csrfToken(String page) throws Exception {
		Matcher matcher = CSRF.matcher(get(page).body());
		assertThat(matcher.find()).as("CSRF token on %s", page).isTrue();
		return matcher.group(1);
	}

	public HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html"));
	}

	public HttpResponse<String> post(String path, String form) throws Exception {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
