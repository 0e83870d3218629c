package org.accord.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

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

	@Bean
	EmbeddedDatabaseCredentials embeddedDatabaseCredentials(
			@Value("${accord.embedded-db.data-directory:}") String dataDirectory) throws IOException {
		return StringUtils.hasText(dataDirectory)
				? EmbeddedDatabaseCredentials.readOrDraw(Path.of(dataDirectory).toAbsolutePath().normalize())
				: EmbeddedDatabaseCredentials.drawn();
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${accord.embedded-db.data-directory:}") String dataDirectory,
			EmbeddedDatabaseCredentials credentials) throws IOException, SQLException {
		// Character classes by Unicode whatever the machine's locale: with LC_CTYPE=C,
		// PostgreSQL (and pg_trgm's search index) would take Chinese and Japanese letters
		// for punctuation. C.UTF-8 is built into glibc 2.35 and later.
		AtomicReference<Path> directoryInUse = new AtomicReference<>();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setLocaleConfig("lc-ctype", "C.UTF-8")
			// The library connects as the superuser to see that the server is up; with
			// trust (a fresh or an older data directory) the password is not asked for.
			.setConnectConfig("password", credentials.superuserPassword())
			.setDataDirectoryCustomizer((directory) -> {
				directoryInUse.set(directory.toPath());
				if (credentials.stored()) {
					requirePasswords(directory.toPath());
				}
			});
		if (StringUtils.hasText(dataDirectory)) {
			Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			stopOrphanedServer(directory);
			// The library's defaults suit throw-away test databases (no fsync,
			// asynchronous commit); data kept between restarts must survive a crash.
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
		try {
			secure(postgres, credentials, directoryInUse.get());
		}
		catch (IOException | SQLException | RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		log.info(
				"Embedded PostgreSQL is listening on port {} (localhost only, passwords required); "
						+ "the portal connects as its own role '{}'",
				postgres.getPort(), EmbeddedDatabaseCredentials.USER);
		return postgres;
	}

	/**
	 * Gives the portal a role of its own and makes every connection give a password.
	 * initdb (through the library) trusts every local connection and makes the portal's
	 * only role a superuser: any local user or process could connect without a password
	 * and, as superuser, run programs as the portal's user. So, the first time (and for a
	 * data directory from before this), as the superuser still trusted: set its password,
	 * create the role {@value EmbeddedDatabaseCredentials#USER} (no superuser, no new
	 * databases or roles), make it the owner of the database and of everything already in
	 * its schema, keep the passwords, then ask for passwords from then on. Runs at every
	 * start; each step is idempotent and reads only the catalogue.
	 */
	private static void secure(EmbeddedPostgres postgres, EmbeddedDatabaseCredentials credentials, Path directory)
			throws IOException, SQLException {
		String user = EmbeddedDatabaseCredentials.USER;
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("alter role " + EmbeddedDatabaseCredentials.SUPERUSER + " password '"
					+ credentials.superuserPassword() + "'");
			statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + user
					+ "') then create role " + user + "; end if; end $$");
			statement.execute("alter role " + user + " login nosuperuser nocreatedb nocreaterole password '"
					+ credentials.password() + "'");
			statement.execute("alter database postgres owner to " + user);
			statement.execute(HAND_OVER.replace("ROLE", user));
		}
		credentials.store(directory);
		requirePasswords(directory);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("select pg_reload_conf()");
		}
	}

	/**
	 * Tables, views, sequences and functions in the public schema that another role owns
	 * (the superuser, in data directories from before the portal had a role of its own)
	 * are handed to the portal's role; what belongs to an extension stays with it.
	 */
	private static final String HAND_OVER = """
			do $$
			declare
			  item record;
			begin
			  for item in
			    select c.oid::regclass::text as name, case c.relkind when 'S' then 'sequence' when 'v' then 'view'
			      when 'm' then 'materialized view' else 'table' end as kind
			    from pg_class c join pg_namespace n on n.oid = c.relnamespace
			    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
			      and pg_get_userbyid(c.relowner) <> 'ROLE'
			      and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
			        and d.deptype in ('e', 'a', 'i'))
			  loop
			    execute format('alter %s %s owner to ROLE', item.kind, item.name);
			  end loop;
			  for item in
			    select p.oid::regprocedure::text as name
			    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			    where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> 'ROLE'
			      and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
			        and d.deptype = 'e')
			  loop
			    execute format('alter routine %s owner to ROLE', item.name);
			  end loop;
			end $$""";

	/** Local connections only, each with a password (SCRAM). */
	private static void requirePasswords(Path directory) {
		try {
			Files.writeString(directory.resolve("pg_hba.conf"), """
					# Written by Accord: every connection gives a password (see EmbeddedDatabaseCredentials).
					local all all scram-sha-256
					host all all 127.0.0.1/32 scram-sha-256
					host all all ::1/128 scram-sha-256
					""");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
	DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseCredentials credentials) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedDatabaseCredentials.USER, "postgres"));
		dataSource.setUsername(EmbeddedDatabaseCredentials.USER);
		dataSource.setPassword(credentials.password());
		dataSource.setPoolName("accord-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
