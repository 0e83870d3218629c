package org.accord.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.accord.PortalTest;
import org.accord.config.EmbeddedDatabaseCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a careless deployment gets by default: demo mode listens on the loopback address
 * only, its embedded database asks for passwords and the portal is not its superuser, and
 * actuator endpoints beyond health are for admins even when an operator exposes them.
 */
@PortalTest
@TestPropertySource(properties = "management.endpoints.web.exposure.include=health,env,beans")
class DeploymentDefaultsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Environment environment;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	EmbeddedDatabaseCredentials credentials;

	@Test
	void demoModeListensOnTheLoopbackAddressOnly() {
		assertThat(this.environment.getProperty("spring.datasource.url")).isNull();
		assertThat(this.environment.getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void thePortalConnectsToItsEmbeddedDatabaseAsARoleOfItsOwnNotAsSuperuser() {
		assertThat(this.jdbc.queryForMap("select current_user as name, rolsuper, rolcreatedb, rolcreaterole "
				+ "from pg_roles where rolname = current_user"))
			.containsEntry("name", "accord")
			.containsEntry("rolsuper", false)
			.containsEntry("rolcreatedb", false)
			.containsEntry("rolcreaterole", false);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from pg_tables where schemaname = 'public' " + "and tableowner <> current_user",
				Long.class))
			.as("tables owned by another role")
			.isZero();
	}

	@Test
	void theEmbeddedDatabaseAsksEveryConnectionForItsPassword() throws Exception {
		String url = "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";
		for (String user : List.of("postgres", "accord")) {
			assertThatThrownBy(() -> DriverManager.getConnection(url, user, "")).as("%s without a password", user)
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password");
			assertThatThrownBy(() -> DriverManager.getConnection(url, user, "demo")).as("%s with a guess", user)
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
		}
		try (Connection connection = DriverManager.getConnection(url, "accord", this.credentials.password())) {
			assertThat(connection.isValid(2)).isTrue();
		}
		String directory = new JdbcTemplate(this.postgres.getPostgresDatabase())
			.queryForObject("select current_setting('data_directory')", String.class);
		Path kept = Path.of(directory, "accord-credentials.properties");
		assertThat(Files.getPosixFilePermissions(kept)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		assertThat(Files.readString(kept)).contains("accord.password=" + this.credentials.password());
	}

	@Test
	void viewersDoNotReachExposedActuatorEndpoints() throws Exception {
		this.mvc.perform(get("/actuator/env")).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/beans")).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	@WithUserDetails("admin")
	void adminsDo() throws Exception {
		this.mvc.perform(get("/actuator/env")).andExpect(status().isOk());
	}

}
