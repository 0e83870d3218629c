package org.accord.config;

import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection plans each statement for its own parameters: on a skewed portfolio a
 * generic plan made for a partner with three agreements scanned all 15,000 of a home
 * institution.
 */
@PortalTest
class PlanCacheModeTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyConnectionPlansForItsParameters() {
		assertThat(this.jdbc.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
	}

}
