package org.accord.security;

import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a careless deployment gets by default: demo mode listens on the loopback address
 * only, and actuator endpoints beyond health are for admins even when an operator exposes
 * them.
 */
@PortalTest
@TestPropertySource(properties = "management.endpoints.web.exposure.include=health,env,beans")
class DeploymentDefaultsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Environment environment;

	@Test
	void demoModeListensOnTheLoopbackAddressOnly() {
		assertThat(this.environment.getProperty("spring.datasource.url")).isNull();
		assertThat(this.environment.getProperty("server.address")).isEqualTo("127.0.0.1");
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
