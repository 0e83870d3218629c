package org.accord.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The password rule: at least {@link #MIN_LENGTH} characters and at most {@link #MAX_BYTES}
 * bytes in UTF-8, since BCrypt reads only the first 72 bytes (and Spring Security's
 * encoder refuses more): 72 Latin letters, but only 24 Chinese or Japanese characters.
 * Forms use the annotation; the first admin from the environment is held to
 * {@link #problem(String)}.
 */
@Documented
@Constraint(validatedBy = PasswordRule.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PasswordRule {

	int MIN_LENGTH = 10;

	int MAX_BYTES = 72;

	String message() default "{account.password.rule}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The message key of what is wrong with a password, or null when it follows the rule. */
	static String problem(String password) {
		if (password == null || password.isBlank() || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return "account.password.tooShort";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "account.password.tooLong";
		}
		return null;
	}

	/** Checks the rule and names the part that failed. */
	class Validator implements ConstraintValidator<PasswordRule, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			String problem = problem(value);
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{" + problem + "}").addConstraintViolation();
			return false;
		}

	}

}
