package org.accord.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.accord.audit.AuditAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in through the login form, as anonymous visitors do (no test user is set up
 * here).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void signsInWithADemoAccount() throws Exception {
		this.mvc.perform(formLogin("/login").user("viewer").password("demo"))
			.andExpect(authenticated().withUsername("viewer").withRoles("VIEWER"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesAWrongPasswordAndKeepsTheTypedName() throws Exception {
		this.mvc.perform(formLogin("/login").user("editor").password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=failed"));
	}

	@Test
	void refusesASignInWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/login").param("username", "viewer").param("password", "demo"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void showsTheDemoAccountsOnTheLoginPageInDemoMode() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Demo mode")))
			.andExpect(content().string(containsString("<code>admin</code>")));
	}

	@Test
	void refusesADisabledAccount() throws Exception {
		Account account = account("disabled-user", "a-good-password");
		account.disable();
		this.accounts.save(account);
		this.mvc.perform(formLogin("/login").user("disabled-user").password("a-good-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=failed"));
	}

	@Test
	void locksAnAccountAfterFiveFailuresAndUnlocksItAfterTheConfiguredTime(CapturedOutput output) throws Exception {
		account("lock-test", "the-right-password");
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin("/login").user("lock-test").password("wrong-guess-" + attempt))
				.andExpect(redirectedUrl("/login?error=failed"));
		}
		this.mvc.perform(formLogin("/login").user("lock-test").password("wrong-guess-5"))
			.andExpect(redirectedUrl("/login?error=failed"));
		// Locked: even the right password is refused, and the user is told why.
		this.mvc.perform(formLogin("/login").user("lock-test").password("the-right-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=failed"));
		assertThat(auditCount("lock-test", AuditAction.ACCOUNT_LOCKED)).isEqualTo(1);
		assertThat(auditCount("lock-test", AuditAction.LOGIN_FAILED)).isEqualTo(5);
		assertThat(output).contains("Failed sign-in for 'lock-test'").doesNotContain("wrong-guess");

		// accord.security.lockout-duration is PT3S in the test profile.
		Thread.sleep(3_500);
		this.mvc.perform(formLogin("/login").user("lock-test").password("the-right-password"))
			.andExpect(authenticated().withUsername("lock-test"));
	}

	@Test
	void recordsSignInAndSignOutInTheAuditLog() throws Exception {
		long before = auditCount("leader", AuditAction.LOGOUT);
		MvcResult signIn = this.mvc.perform(formLogin("/login").user("leader").password("demo")).andReturn();
		this.mvc.perform(post("/logout").with(csrf()).session((MockHttpSession) signIn.getRequest().getSession()))
			.andExpect(redirectedUrl("/login?logout"));
		assertThat(auditCount("leader", AuditAction.LOGIN_SUCCEEDED)).isPositive();
		assertThat(auditCount("leader", AuditAction.LOGOUT)).isEqualTo(before + 1);
	}

	@Test
	void showsOneMessageForAWrongPasswordALockAndADisabledAccount() throws Exception {
		this.mvc.perform(get("/login").param("error", "failed"))
			.andExpect(content().string(containsString(
					"Sign-in failed: the username or password is wrong, or the account is locked (for 0 minutes")));
	}

	@Test
	void writesATypedNameIntoTheLogWithoutItsLineBreaks(CapturedOutput output) throws Exception {
		this.mvc.perform(formLogin("/login").user("mallory\r\nERROR forged line").password("whatever-123"))
			.andExpect(redirectedUrl("/login?error=failed"));
		assertThat(output).contains("Failed sign-in for 'mallory\\u000d\\u000aerror forged line'")
			.doesNotContain("\nERROR forged line")
			.doesNotContain("\nerror forged line");
	}

	@Test
	void countsEveryFailureWhenTwentyArriveAtOnce() throws Exception {
		account("race-test", "the-right-password");
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				int attempt = i;
				statuses.add(pool.submit(
						() -> this.mvc.perform(formLogin("/login").user("race-test").password("wrong-guess-" + attempt))
							.andReturn()
							.getResponse()
							.getStatus()));
			}
			for (Future<Integer> status : statuses) {
				assertThat(status.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		long failed = auditCount("race-test", AuditAction.LOGIN_FAILED);
		long refused = auditCount("race-test", AuditAction.LOGIN_REFUSED_LOCKED);
		long locks = auditCount("race-test", AuditAction.ACCOUNT_LOCKED);
		assertThat(failed + refused).isEqualTo(20);
		// Every fifth counted failure locks: none was lost to another at the same moment.
		assertThat(locks).isPositive().isEqualTo(failed / 5);
	}

	private Account account(String username, String password) {
		return this.accounts.findByUsername(username)
			.orElseGet(() -> this.accounts.save(new Account(username, username, this.passwordEncoder.encode(password),
					Role.VIEWER, false, Instant.now())));
	}

	private long auditCount(String actor, AuditAction action) {
		return this.jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?", Long.class,
				actor, action.name());
	}

}
