package org.accord.security;

import org.accord.HttpSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions over real HTTP: the session id a visitor had before signing in is worthless
 * after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionTests {

	@LocalServerPort
	int port;

	@Test
	void givesTheSessionANewIdAtSignIn() throws Exception {
		HttpSession browser = new HttpSession(this.port);
		browser.csrfToken("/login");
		String before = browser.sessionId();
		assertThat(before).isNotNull();
		browser.signIn("viewer", "demo");
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/agreements").statusCode()).isEqualTo(200);
	}

	@Test
	void endsTheSessionAtSignOut() throws Exception {
		HttpSession browser = new HttpSession(this.port).signIn("viewer", "demo");
		String token = browser.csrfToken("/agreements");
		assertThat(browser.post("/logout", "_csrf=" + token).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?logout"));
		assertThat(browser.get("/agreements").statusCode()).isEqualTo(302);
	}

}
