package org.accord.security;

import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * One machine trying many names is stopped by its address: after 20 failed sign-ins from
 * it, even a right password from it is refused (with a message that says why, and no word
 * about any account), while sign-in from elsewhere goes on.
 */
@PortalTest
@WithAnonymousUser
@TestPropertySource(properties = "accord.security.max-failed-logins-per-address=20")
class SignInThrottleTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anAddressWithTwentyFailuresIsPausedOthersAreNot() throws Exception {
		for (int i = 0; i < 20; i++) {
			// Names nobody has, so that no account is locked by this test.
			this.mvc.perform(signIn("no-such-user-" + i, "wrong-password", "10.77.0.1"))
				.andExpect(redirectedUrl("/login?error=failed"));
		}
		this.mvc.perform(signIn("viewer", "demo", "10.77.0.1")).andExpect(redirectedUrl("/login?error=throttled"));
		this.mvc.perform(signIn("viewer", "demo", "10.77.0.2")).andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/login").param("error", "throttled"))
			.andExpect(content().string(containsString("Too many failed sign-ins from your network")));
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/login").with(csrf()).param("username", username).param("password", password).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
