package org.accord.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Demo mode is the embedded database: no datasource URL configured. Only then do demo
 * accounts exist, and the login page lists them with a warning.
 */
@Component
public class DemoMode {

	private final boolean on;

	DemoMode(@Value("${spring.datasource.url:}") String datasourceUrl) {
		this.on = !StringUtils.hasText(datasourceUrl);
	}

	public boolean isOn() {
		return this.on;
	}

}
