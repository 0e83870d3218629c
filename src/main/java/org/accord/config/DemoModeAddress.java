package org.accord.config;

import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Demo mode (no datasource URL: the embedded database, accounts with the password "demo"
 * listed on the login page) listens on 127.0.0.1 only, unless an address is set on
 * purpose ({@code SERVER_ADDRESS}, {@code --server.address}): a laptop in a café must not
 * offer admin/demo to the network. Says so at start. Registered in
 * {@code META-INF/spring.factories}.
 */
class DemoModeAddress implements EnvironmentPostProcessor {

	static final String LOOPBACK = "127.0.0.1";

	private final Log log;

	DemoModeAddress(DeferredLogFactory logs) {
		this.log = logs.getLog(DemoModeAddress.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| environment.containsProperty("server.address")) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("accordDemoModeAddress", Map.of("server.address", LOOPBACK)));
		this.log.warn("Demo mode: listening on " + LOOPBACK + " only (set SERVER_ADDRESS to listen elsewhere)");
	}

}
