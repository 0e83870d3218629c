package org.accord.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.accord.AccordApplication;
import org.accord.PortalTest;
import org.accord.config.EmbeddedDatabaseCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes on one PostgreSQL with {@code accord.sessions=jdbc}: a user signed in
 * on node A is signed in on node B (the balancer may send any request anywhere), and an
 * admin disabling that user on node A ends the session on node B too.
 */
@PortalTest
class SessionsAcrossNodesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	DataSource dataSource;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	EmbeddedDatabaseCredentials credentials;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void aSessionMadeOnOneNodeIsValidOnTheOtherAndEndsOnBoth() throws Exception {
		String database = "accord_nodes_" + Long.toString(System.currentTimeMillis(), 36);
		// The portal's own role may not create databases: the superuser does, for it.
		JdbcTemplate superuser = new JdbcTemplate(this.postgres.getPostgresDatabase());
		superuser.execute("create database " + database + " owner " + EmbeddedDatabaseCredentials.USER);
		String url;
		String user;
		try (Connection connection = this.dataSource.getConnection()) {
			url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
			user = connection.getMetaData().getUserName();
		}
		String password = this.credentials.password();
		try (ConfigurableApplicationContext a = node(url, user, password);
				ConfigurableApplicationContext b = node(url, user, password)) {
			JdbcTemplate shared = a.getBean(JdbcTemplate.class);
			shared.update(
					"insert into account (username, display_name, password_hash, role) "
							+ "values ('nodes-viewer', 'Nodes viewer', ?, 'VIEWER')",
					this.passwords.encode("viewer-pass-1"));
			Client viewer = new Client();
			viewer.signIn(port(a), "nodes-viewer", "viewer-pass-1");
			assertThat(viewer.get(port(b), "/institutions").statusCode()).as("signed in on B too").isEqualTo(200);
			assertThat(shared.queryForObject(
					"select count(*) from spring_session where principal_name = 'nodes-viewer'", Long.class))
				.isOne();

			Client admin = new Client();
			admin.signIn(port(a), "nodes-admin", "nodes-admin-pass");
			long id = shared.queryForObject("select id from account where username = 'nodes-viewer'", Long.class);
			String token = admin.csrf(port(a), "/admin/users/" + id + "/disable");
			assertThat(admin.post(port(a), "/admin/users/" + id + "/disable", "_csrf=" + token).statusCode())
				.isEqualTo(302);

			HttpResponse<String> after = viewer.get(port(b), "/institutions");
			assertThat(after.statusCode()).isEqualTo(302);
			assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
		}
		finally {
			superuser.execute("drop database if exists " + database + " with (force)");
		}
	}

	private static ConfigurableApplicationContext node(String url, String user, String password) {
		return new SpringApplicationBuilder(AccordApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password, "--server.port=0",
				"--accord.sessions=jdbc", "--accord.admin.username=nodes-admin",
				"--accord.admin.password=nodes-admin-pass", "--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/** A browser's cookie: the same session cookie goes to either node. */
	private static final class Client {

		private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private String cookie = "";

		void signIn(int port, String username, String password) throws Exception {
			String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf="
					+ enc(csrf(port, "/login"));
			HttpResponse<String> response = post(port, "/login", form);
			assertThat(response.headers().firstValue("Location").orElse("")).as("sign-in of %s", username)
				.doesNotContain("error");
		}

		String csrf(int port, String page) throws Exception {
			Matcher matcher = CSRF.matcher(get(port, page).body());
			assertThat(matcher.find()).as("CSRF token on %s", page).isTrue();
			return matcher.group(1);
		}

		HttpResponse<String> get(int port, String path) throws Exception {
			return send(request(port, path).GET());
		}

		HttpResponse<String> post(int port, String path, String form) throws Exception {
			return send(request(port, path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		private HttpRequest.Builder request(int port, String path) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html");
			return this.cookie.isEmpty() ? builder : builder.header("Cookie", this.cookie);
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers()
				.allValues("Set-Cookie")
				.stream()
				.map((c) -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
				.filter((c) -> c.startsWith("SESSION="))
				.findFirst()
				.ifPresent((c) -> this.cookie = c);
			return response;
		}

		private static String enc(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
