package org.accord.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL inside the portal's process when no datasource URL is
 * configured, so that a newcomer needs nothing but Java. With
 * {@code SPRING_DATASOURCE_URL} set, this class stays out of the way and Spring Boot
 * connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${accord.embedded-db.data-directory:}") String dataDirectory)
			throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (StringUtils.hasText(dataDirectory)) {
			Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL keeps its data in {} (delete that folder to start from the seeds again)",
					directory);
		}
		else {
			log.info("Embedded PostgreSQL uses a temporary data directory that is deleted on shutdown");
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL is listening on port {}", postgres.getPort());
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("accord-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
