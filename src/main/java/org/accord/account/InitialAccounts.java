package org.accord.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.accord.audit.AuditAction;
import org.accord.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The accounts a new portal starts with. In demo mode (the embedded database) there is
 * one account per role, each with the password "demo". On a real server there are none:
 * the first admin comes from {@code ACCORD_ADMIN_USERNAME} and
 * {@code ACCORD_ADMIN_PASSWORD}, and the portal never invents a password there.
 */
@Component
class InitialAccounts implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final Clock clock;

	private final DemoMode demoMode;

	private final String adminUsername;

	private final String adminPassword;

	InitialAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock,
			DemoMode demoMode, @Value("${accord.admin.username:}") String adminUsername,
			@Value("${accord.admin.password:}") String adminPassword) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
		this.demoMode = demoMode;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.demoMode.isOn()) {
			for (Role role : Role.values()) {
				String username = role.name().toLowerCase(Locale.ROOT);
				create(username, "Demo " + username, DEMO_PASSWORD, role);
			}
			log.warn("Demo mode: accounts {} have the password \"{}\". Use a real database for real data.",
					List.of("viewer", "editor", "leader", "admin"), DEMO_PASSWORD);
		}
		if (StringUtils.hasText(this.adminUsername) && StringUtils.hasText(this.adminPassword)) {
			String problem = Passwords.problem(this.adminPassword);
			if (problem != null) {
				throw new IllegalStateException("ACCORD_ADMIN_PASSWORD does not follow the password rule: at least "
						+ Passwords.MIN_LENGTH + " characters and at most " + Passwords.MAX_BYTES + " bytes in UTF-8 ("
						+ problem + ")");
			}
			create(LoginAttempts.normalize(this.adminUsername), "Administrator", this.adminPassword, Role.ADMIN);
		}
		else if (this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) == 0) {
			log.warn("No admin account exists. Set ACCORD_ADMIN_USERNAME and ACCORD_ADMIN_PASSWORD and restart "
					+ "to create the first one.");
		}
	}

	private void create(String username, String displayName, String password, Role role) {
		if (this.accounts.existsByUsername(username)) {
			return;
		}
		this.accounts.save(new Account(username, displayName, this.passwordEncoder.encode(password), role, false,
				this.clock.instant()));
		this.audit.record("system", AuditAction.ACCOUNT_CREATED, username, "role " + role + ", at first start");
		log.info("Created the {} account '{}'", role, username);
	}

}
