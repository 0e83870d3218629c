package org.accord.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL: one for its superuser, which only the portal
 * uses at start (to create the portal's role and hand it the database), and one for that
 * role, {@value #USER}, which the portal connects as. They are drawn at random the first
 * time and kept in {@value #FILE_NAME} inside the data directory, readable by its owner
 * only (whoever can read the data directory can read the data anyway); the backup scripts
 * and the benchmark read them there.
 *
 * @param superuserPassword the password of the superuser {@code postgres}
 * @param password the password of the portal's role
 * @param stored whether these were read from the file (the server then already asks for
 * them) or drawn just now
 */
public record EmbeddedDatabaseCredentials(String superuserPassword, String password, boolean stored) {

	/** The portal's role: owns the database and its objects, and nothing more. */
	public static final String USER = "accord";

	/** The superuser that initdb creates. */
	public static final String SUPERUSER = "postgres";

	static final String FILE_NAME = "accord-credentials.properties";

	private static final SecureRandom RANDOM = new SecureRandom();

	static EmbeddedDatabaseCredentials drawn() {
		return new EmbeddedDatabaseCredentials(randomPassword(), randomPassword(), false);
	}

	static EmbeddedDatabaseCredentials readOrDraw(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			return drawn();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		String superuser = properties.getProperty("superuser.password", "");
		String own = properties.getProperty("accord.password", "");
		if (superuser.isEmpty() || own.isEmpty()) {
			throw new IOException(file + " lacks a password; delete it and start again");
		}
		return new EmbeddedDatabaseCredentials(superuser, own, true);
	}

	void store(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve(FILE_NAME);
		Path draft = Files.createTempFile(dataDirectory, "accord-credentials", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (Writer writer = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
			writer.write("# The embedded PostgreSQL's passwords, written by Accord at its first start.\n");
			writer.write("superuser.password=" + this.superuserPassword + "\n");
			writer.write("accord.user=" + USER + "\n");
			writer.write("accord.password=" + this.password + "\n");
		}
		Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * 24 random bytes, URL-safe Base64: nothing to escape in SQL, properties or shell.
	 */
	private static String randomPassword() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "EmbeddedDatabaseCredentials[stored=" + this.stored + "]";
	}

}
