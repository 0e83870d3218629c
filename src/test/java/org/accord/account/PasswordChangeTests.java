package org.accord.account;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Temporary passwords: the user signs in through the login form, must choose their own
 * password before anything else, then signs in with it. The sessions here are real
 * sign-ins, so no test user is set up for the class.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PasswordChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aNewUserMustChooseTheirOwnPasswordAtFirstSignIn() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", "new.colleague")
				.param("displayName", "山田 花子")
				.param("role", "EDITOR")
				.param("password", "temporary-123"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));

		MockHttpSession session = signIn("new.colleague", "temporary-123");
		this.mvc.perform(get("/agreements").session(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/account/password").session(session))
			.andExpect(content().string(containsString("An admin has reset your password")));

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", "wrong-current")
				.param("newPassword", "my-own-password")
				.param("confirmation", "my-own-passwort"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The two new passwords differ.")));
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", "wrong-current")
				.param("newPassword", "my-own-password")
				.param("confirmation", "my-own-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not your current password.")));
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", "temporary-123")
				.param("newPassword", "my-own-password")
				.param("confirmation", "my-own-password"))
			.andExpect(redirectedUrl("/login?passwordChanged"));

		MockHttpSession again = signIn("new.colleague", "my-own-password");
		this.mvc.perform(get("/agreements").session(again)).andExpect(status().isOk());
		assertThat(auditActions("new.colleague")).contains("ACCOUNT_CREATED", "PASSWORD_CHANGED");
	}

	@Test
	void anAdminsChangeToAnAccountEndsItsOpenSessionsAtOnce() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", "demoted.admin")
				.param("displayName", "Demoted")
				.param("role", "ADMIN")
				.param("password", "temporary-123"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		Long id = this.jdbc.queryForObject("select id from account where username = 'demoted.admin'", Long.class);
		this.jdbc.update("update account set must_change_password = false where id = ?", id);
		MockHttpSession session = signIn("demoted.admin", "temporary-123");
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

		this.mvc
			.perform(
					post("/admin/users/{id}/role", id).with(admin())
						.with(csrf())
						.param("role", "VIEWER")
						.param("version", String.valueOf(
								this.jdbc.queryForObject("select version from account where id = ?", Long.class, id))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/login?ended"));
		this.mvc.perform(get("/login").param("ended", ""))
			.andExpect(content().string(containsString("an admin changed your account")));

		// Signed in again as a viewer: a disable ends that session too.
		MockHttpSession viewer = signIn("demoted.admin", "temporary-123");
		this.mvc.perform(get("/agreements").session(viewer)).andExpect(status().isOk());
		this.mvc.perform(post("/admin/users/{id}/disable", id).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/agreements").session(viewer)).andExpect(redirectedUrl("/login?ended"));
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsRefusedBesideTheField() throws Exception {
		// 25 Japanese characters: 75 bytes in UTF-8, more than BCrypt's 72.
		String tooLong = "ぱすわーどはとてもながいものにしたいのですけれど";
		assertThat(tooLong.codePointCount(0, tooLong.length())).isEqualTo(24);
		String tooLong25 = tooLong + "ね";
		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", "long.password")
				.param("displayName", "Long Password")
				.param("role", "VIEWER")
				.param("password", tooLong25))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("only 24 Chinese or Japanese characters")));
		assertThat(
				this.jdbc.queryForObject("select count(*) from account where username = 'long.password'", Long.class))
			.isZero();
		this.mvc
			.perform(post("/admin/users").with(admin())
				.with(csrf())
				.param("username", "long.password")
				.param("displayName", "Long Password")
				.param("role", "VIEWER")
				.param("password", tooLong))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		// Signing in with more than 72 bytes is a wrong password, not an error.
		this.mvc.perform(formLogin("/login").user("long.password").password(tooLong25 + "も"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=failed"));
	}

	@Test
	void aResetPasswordMustBeChangedAtTheNextSignIn() throws Exception {
		this.mvc.perform(post("/admin/users").with(admin())
			.with(csrf())
			.param("username", "forgetful")
			.param("displayName", "Forgetful")
			.param("role", "VIEWER")
			.param("password", "temporary-123"));
		Long id = this.jdbc.queryForObject("select id from account where username = 'forgetful'", Long.class);
		this.jdbc.update("update account set must_change_password = false where id = ?", id);

		this.mvc.perform(post("/admin/users/{id}/password", id).with(admin()).with(csrf()).param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least 10 characters.")));
		this.mvc.perform(
				post("/admin/users/{id}/password", id).with(admin()).with(csrf()).param("password", "a-new-temporary"))
			.andExpect(redirectedUrl("/admin/users/" + id));

		MockHttpSession session = signIn("forgetful", "a-new-temporary");
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		assertThat(auditActions("forgetful")).contains("PASSWORD_RESET");
	}

	private RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("admin"));
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of %s", username).isEqualTo("/");
		return (MockHttpSession) result.getRequest().getSession();
	}

	private List<String> auditActions(String subject) {
		return this.jdbc.queryForList("select action from audit_event where subject = ? or actor = ? order by id",
				String.class, subject, subject);
	}

}
