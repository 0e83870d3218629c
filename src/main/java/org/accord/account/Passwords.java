package org.accord.account;

import java.nio.charset.StandardCharsets;

/**
 * The password rule: at least {@link #MIN_LENGTH} characters and at most
 * {@link #MAX_BYTES} bytes in UTF-8, since BCrypt reads only the first 72 bytes (and
 * Spring Security's encoder refuses more): 72 Latin letters, but only 24 Chinese or
 * Japanese characters. Forms hold their fields to it with {@link PasswordRule}; the first
 * admin from the environment too.
 */
public final class Passwords {

	static final int MIN_LENGTH = 10;

	public static final int MAX_BYTES = 72;

	private Passwords() {
	}

	/**
	 * The message key of what is wrong with a password, or null when it follows the rule.
	 */
	static String problem(String password) {
		if (password == null || password.isBlank() || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return "account.password.tooShort";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "account.password.tooLong";
		}
		return null;
	}

}
