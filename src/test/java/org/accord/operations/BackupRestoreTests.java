package org.accord.operations;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.accord.AccordApplication;
import org.accord.HttpSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A backup taken with {@code src/ops/backup.sh} while staff are working restores, with
 * {@code src/ops/restore.sh}, into a database the portal starts on with every row of
 * every table and every document's bytes as they were when the backup began.
 * <p>
 * Runs on a real PostgreSQL server with its own {@code pg_dump} and {@code pg_restore}
 * (the embedded server's bundle has none): {@code ACCORD_TEST_PG_URL} (for example
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code ACCORD_TEST_PG_USER} and
 * {@code ACCORD_TEST_PG_PASSWORD} name a role that may create roles and databases.
 * {@code .ci/run} sets them for the machine's PostgreSQL; elsewhere the test is skipped,
 * unless {@code ACCORD_REQUIRE_BACKUP_TEST=true}.
 * <p>
 * What "as they were" means under load: the test exports the snapshot the backup reads
 * ({@code pg_export_snapshot}, passed to {@code pg_dump --snapshot}) and computes its
 * checksums in that same snapshot, while requests go on writing beside it.
 */
class BackupRestoreTests {

	private static final String PDF_START = "%PDF-1.4\n";

	@Test
	void aBackupTakenWhileStaffWorkRestoresEveryRowAndEveryDocument() throws Exception {
		String serverUrl = System.getenv("ACCORD_TEST_PG_URL");
		if (serverUrl == null || serverUrl.isBlank()) {
			if ("true".equals(System.getenv("ACCORD_REQUIRE_BACKUP_TEST"))) {
				fail("ACCORD_REQUIRE_BACKUP_TEST=true but ACCORD_TEST_PG_URL is not set");
			}
			assumeTrue(false, "ACCORD_TEST_PG_URL names no PostgreSQL server with its own pg_dump; skipped");
		}
		String suffix = Long.toString(System.currentTimeMillis(), 36);
		String role = "accord_backup_" + suffix;
		String password = "backup-test-" + suffix;
		String source = role + "_source";
		String target = role + "_target";
		try (Connection admin = DriverManager.getConnection(serverUrl, System.getenv("ACCORD_TEST_PG_USER"),
				System.getenv("ACCORD_TEST_PG_PASSWORD")); Statement sql = admin.createStatement()) {
			sql.execute("create role " + role + " login password '" + password + "'");
			sql.execute("grant " + role + " to current_user");
			sql.execute("create database " + source + " owner " + role);
			sql.execute("create database " + target + " owner " + role);
			try {
				backUpAndRestore(url(serverUrl, source), url(serverUrl, target), role, password);
			}
			finally {
				sql.execute("drop database if exists " + source + " with (force)");
				sql.execute("drop database if exists " + target + " with (force)");
				sql.execute("drop role if exists " + role);
			}
		}
	}

	private void backUpAndRestore(String sourceUrl, String targetUrl, String role, String password) throws Exception {
		Path dump = Files.createTempFile("accord-", ".dump");
		byte[] document = pdf(300_000);
		Map<String, String> expected;
		long backupMillis;
		try (ConfigurableApplicationContext portal = start(sourceUrl, role, password)) {
			HttpSession admin = new HttpSession(port(portal)).signIn("backup-admin", password);
			// Records from forms, a document and an import, beside the seeds.
			for (int i = 0; i < 3; i++) {
				createInstitution(admin, "Backup Test University " + i);
			}
			long agreement = single(sourceUrl, role, password,
					"select id from agreement where reference = 'AGR-2024-001'");
			HttpResponse<String> attached = multipart(admin, "/agreements/" + agreement + "/documents",
					"/agreements/" + agreement, Map.of("description", "Signed copy"), "signed.pdf", document);
			assertThat(attached.statusCode()).as("document upload").isEqualTo(302);
			HttpResponse<String> imported = multipart(admin, "/import", "/import", Map.of("kind", "INSTITUTIONS"),
					"partners.csv", """
							Name,Name in own script,Kind,Country,City,Website,Alternative names
							Backup Import University,,University,DE,Hamburg,,
							""".getBytes(StandardCharsets.UTF_8));
			assertThat(imported.statusCode()).as("import upload").isEqualTo(302);

			// Staff go on working while the backup runs.
			AtomicBoolean working = new AtomicBoolean(true);
			AtomicInteger written = new AtomicInteger();
			Thread staff = new Thread(() -> {
				try {
					HttpSession editor = new HttpSession(port(portal)).signIn("backup-admin", password);
					for (int i = 0; working.get(); i++) {
						createInstitution(editor, "Written During Backup " + i);
						editor.get("/institutions?q=backup");
						written.incrementAndGet();
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			staff.start();
			Thread.sleep(500);
			try (Connection snapshot = DriverManager.getConnection(sourceUrl, role, password)) {
				snapshot.setAutoCommit(false);
				snapshot.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
				String id;
				try (Statement sql = snapshot.createStatement();
						ResultSet rs = sql.executeQuery("select pg_export_snapshot()")) {
					rs.next();
					id = rs.getString(1);
				}
				long start = System.nanoTime();
				run(sourceUrl, role, password, "src/ops/backup.sh", dump.toString(), "--snapshot=" + id);
				backupMillis = (System.nanoTime() - start) / 1_000_000;
				expected = checksums(snapshot);
				snapshot.commit();
			}
			working.set(false);
			staff.join();
			assertThat(written.get()).as("institutions written while the backup ran").isPositive();
			assertThat(single(sourceUrl, role, password, "select count(*) from backup_report"))
				.as("the backup reported itself")
				.isOne();
		}

		long start = System.nanoTime();
		run(targetUrl, role, password, "src/ops/restore.sh", dump.toString());
		long restoreMillis = (System.nanoTime() - start) / 1_000_000;
		// Compared before the portal starts on it: signing in there writes to the audit
		// log.
		Map<String, String> restored;
		try (Connection connection = DriverManager.getConnection(targetUrl, role, password)) {
			restored = checksums(connection);
		}
		try (ConfigurableApplicationContext portal = start(targetUrl, role, password)) {
			HttpSession admin = new HttpSession(port(portal)).signIn("backup-admin", password);
			assertThat(admin.get("/institutions?q=Backup+Test+University+2").body())
				.contains("Backup Test University 2");
			long agreement = single(targetUrl, role, password,
					"select agreement_id from agreement_document where file_name = 'signed.pdf'");
			assertThat(admin.get("/agreements/" + agreement).body()).contains("signed.pdf");
		}
		try (Connection connection = DriverManager.getConnection(targetUrl, role, password);
				Statement sql = connection.createStatement();
				ResultSet rs = sql
					.executeQuery("select content from agreement_document where file_name = 'signed.pdf'")) {
			assertThat(rs.next()).isTrue();
			assertThat(md5(rs.getBytes(1))).as("the document's bytes after restore").isEqualTo(md5(document));
		}
		List<String> differences = new ArrayList<>();
		expected.forEach((table, sum) -> {
			if (!sum.equals(restored.get(table))) {
				differences.add(table + ": backed up " + sum + ", restored " + restored.get(table));
			}
		});
		System.out.printf("Backup of %d tables, %d bytes: backup %d ms, restore %d ms%n", expected.size(),
				Files.size(dump), backupMillis, restoreMillis);
		Files.delete(dump);
		assertThat(expected).containsKeys("institution", "agreement_document", "import_batch", "account",
				"record_change", "flyway_schema_history");
		assertThat(differences).as("tables that differ after restore (of %d)", expected.size()).isEmpty();
	}

	/** Each table of the schema: its row count and a digest of all its rows. */
	private static Map<String, String> checksums(Connection connection) throws Exception {
		List<String> tables = new ArrayList<>();
		try (Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery("select table_name from information_schema.tables "
						+ "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		Map<String, String> sums = new LinkedHashMap<>();
		for (String table : tables) {
			try (Statement sql = connection.createStatement();
					ResultSet rs = sql.executeQuery("select count(*) || ' '"
							+ " || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') from \""
							+ table + "\" t")) {
				rs.next();
				sums.put(table, rs.getString(1));
			}
		}
		return sums;
	}

	private static ConfigurableApplicationContext start(String url, String role, String password) {
		return new SpringApplicationBuilder(AccordApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + role, "--spring.datasource.password=" + password, "--server.port=0",
				"--accord.admin.username=backup-admin", "--accord.admin.password=" + password,
				"--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext portal) {
		return ((WebServerApplicationContext) portal).getWebServer().getPort();
	}

	private static void createInstitution(HttpSession session, String name) throws Exception {
		String form = "nameEn=" + name.replace(' ', '+') + "&kind=UNIVERSITY&countryCode=DE&confirmedNew=true&_csrf="
				+ session.csrfToken("/institutions/new");
		HttpResponse<String> response = session.post("/institutions", form);
		assertThat(response.statusCode()).as("saving %s", name).isEqualTo(302);
	}

	private static HttpResponse<String> multipart(HttpSession session, String path, String tokenPage,
			Map<String, String> fields, String fileName, byte[] content) throws Exception {
		String boundary = "accord-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", session.csrfToken(tokenPage));
		for (Map.Entry<String, String> field : all.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return session.send(HttpRequest.newBuilder(session.uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void run(String url, String role, String password, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.command().add(0, "bash");
		builder.environment().put("SPRING_DATASOURCE_URL", url);
		builder.environment().put("SPRING_DATASOURCE_USERNAME", role);
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", password);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		System.out.print(output);
		assertThat(exit).as("%s: %s", String.join(" ", command), output).isZero();
	}

	private static long single(String url, String role, String password, String query) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, role, password);
				Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String url(String serverUrl, String database) {
		return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database;
	}

	private static byte[] pdf(int size) {
		byte[] bytes = new byte[size];
		new Random(42).nextBytes(bytes);
		byte[] start = PDF_START.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(start, 0, bytes, 0, start.length);
		return bytes;
	}

	private static String md5(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
	}

}
