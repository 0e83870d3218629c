package org.accord.account;

import java.util.List;

import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
@WithUserDetails("admin")
class AdminAccountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accountService;

	@Test
	void keepsTheInputAndShowsEachErrorBesideItsField() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "Not Valid!")
				.param("displayName", "Zoë <b>Ålund</b>")
				.param("role", "VIEWER")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following:")))
			.andExpect(content().string(containsString("Use 2 to 60 lower-case letters")))
			.andExpect(content().string(containsString("Use at least 10 characters.")))
			// Thymeleaf writes the kept value escaped (non-ASCII letters as entities),
			// never as markup.
			.andExpect(content().string(containsString("&lt;b&gt;")))
			.andExpect(content().string(not(containsString("<b>Ålund"))))
			.andExpect(content().string(containsString("value=\"Not Valid!\"")))
			.andExpect(content().string(not(containsString("value=\"short\""))));
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "viewer")
				.param("displayName", "Another viewer")
				.param("role", "VIEWER")
				.param("password", "long-enough-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This username is taken.")));
	}

	@Test
	void refusesARoleChangeMadeOnAStalePage() throws Exception {
		Long id = createViewer("stale-role");
		long version = this.jdbc.queryForObject("select version from account where id = ?", Long.class, id);
		this.mvc
			.perform(post("/admin/users/{id}/role", id).with(csrf())
				.param("role", "EDITOR")
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flashSuccess", "account.flash.roleChanged"));
		// A second admin, still looking at the old page, tries to make the same user a
		// leader.
		this.mvc
			.perform(post("/admin/users/{id}/role", id).with(csrf())
				.param("role", "LEADER")
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flashError", "account.flash.changedMeanwhile"));
		assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, id))
			.isEqualTo("EDITOR");
	}

	@Test
	void asksForConfirmationBeforeDisablingAndCanEnableAgain() throws Exception {
		Long id = createViewer("to-disable");
		this.mvc.perform(get("/admin/users/{id}/disable", id))
			.andExpect(content().string(containsString("Disable to-disable?")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		assertThat(enabled(id)).isTrue();
		this.mvc.perform(post("/admin/users/{id}/disable", id).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "account.flash.disabled"));
		assertThat(enabled(id)).isFalse();
		this.mvc.perform(post("/admin/users/{id}/enable", id).with(csrf()));
		assertThat(enabled(id)).isTrue();
		assertThat(auditActions("to-disable")).contains("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
	}

	@Test
	void neverDisablesOrDemotesTheLastAdmin() throws Exception {
		Long admin = this.jdbc.queryForObject("select id from account where username = 'admin'", Long.class);
		this.mvc.perform(post("/admin/users/{id}/disable", admin).with(csrf()))
			.andExpect(flash().attribute("flashError", "account.flash.lastAdmin"));
		assertThat(enabled(admin)).isTrue();
	}

	@Test
	void showsAccountManagementInTheAuditLog() throws Exception {
		createViewer("audited");
		this.mvc.perform(get("/admin/audit").param("q", "audited"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("User created")))
			.andExpect(content().string(containsString("audited")));
	}

	@Test
	@WithUserDetails("editor")
	void refusesAccountManagementToOthersAtTheServiceToo() {
		assertThatThrownBy(() -> this.accountService.list(null, Pageable.ofSize(5)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private Long createViewer(String username) throws Exception {
		this.mvc.perform(post("/admin/users").with(csrf())
			.param("username", username)
			.param("displayName", username)
			.param("role", "VIEWER")
			.param("password", "temporary-123"));
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	private boolean enabled(Long id) {
		return this.jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id);
	}

	private List<String> auditActions(String subject) {
		return this.jdbc.queryForList("select action from audit_event where subject = ? or actor = ? order by id",
				String.class, subject, subject);
	}

}
