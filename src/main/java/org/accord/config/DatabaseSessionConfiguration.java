package org.accord.config;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings every database connection of the portal starts with, whether the portal runs
 * its own PostgreSQL or uses a server's: both pools are Hikari's.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseSessionConfiguration {

	/**
	 * Search matches words at a word similarity of 0.4 or more (pg_trgm's default is
	 * 0.6): enough for one wrong letter in a short name ("Kiushu" for Kyushu: 3 of its 7
	 * trigrams, 0.43) while "kyoto" still does not find Kyushu (0.33). Set per connection
	 * because a database-wide setting would not reach connections the pool opened before
	 * the migration ran.
	 */
	static final String SESSION_SETTINGS = "set pg_trgm.word_similarity_threshold = 0.4";

	@Bean
	static BeanPostProcessor databaseSessionSettings() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari && hikari.getConnectionInitSql() == null) {
					hikari.setConnectionInitSql(SESSION_SETTINGS);
				}
				return bean;
			}
		};
	}

}
