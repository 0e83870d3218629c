package org.accord.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
		// Character classes by Unicode whatever the machine's locale: with LC_CTYPE=C,
		// PostgreSQL (and pg_trgm's search index) would take Chinese and Japanese letters
		// for
		// punctuation. C.UTF-8 is built into glibc 2.35 and later.
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setLocaleConfig("lc-ctype", "C.UTF-8");
		if (StringUtils.hasText(dataDirectory)) {
			Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			stopOrphanedServer(directory);
			// The library's defaults suit throw-away test databases (no fsync,
			// asynchronous
			// commit); data kept between restarts must survive a crash.
			builder.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on");
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

	/**
	 * A portal that was killed (rather than stopped) leaves its PostgreSQL running on the
	 * data directory, and the next start would fail on the lock file. That server has no
	 * clients left, so it is asked to shut down (SIGTERM, PostgreSQL's "smart" shutdown)
	 * before starting again.
	 */
	private static void stopOrphanedServer(Path directory) throws IOException {
		Path lockFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(lockFile)) {
			return;
		}
		String firstLine = Files.readAllLines(lockFile).stream().findFirst().orElse("").strip();
		if (!firstLine.matches("\\d+")) {
			return;
		}
		Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(firstLine))
			.filter((process) -> process.info().command().map((command) -> command.endsWith("postgres")).orElse(false));
		if (server.isEmpty()) {
			return;
		}
		log.warn("A PostgreSQL server left running by an earlier portal (pid {}) holds {}; stopping it", firstLine,
				directory);
		server.get().destroy();
		try {
			server.get().onExit().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IOException("PostgreSQL (pid " + firstLine + ") did not stop; stop it and start again", ex);
		}
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
