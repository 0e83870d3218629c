package org.accord.web;

import java.time.Duration;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Pattern;
import org.accord.condition.ConditionForm;
import org.accord.contact.ContactForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The forms' patterns answer a 2 MB value in linear time: long runs of spaces before a
 * character that fails were quadratic (or worse) before their quantifiers were made
 * possessive. The time limit only stops a test that would otherwise run for hours; the
 * answers are what is checked.
 */
class LinearPatternTests {

	private static final String SPACES = " ".repeat(2 * 1024 * 1024);

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	@Test
	void phoneNumbers() {
		assertThat(phoneErrors("+81 3 1234 5678")).isZero();
		assertThat(phoneErrors("  +81 (3) 1234-5678  ")).isZero();
		assertThat(phoneErrors("call me")).isOne();
		assertThat(phoneErrors("1" + SPACES + "x")).isOne();
		assertThat(phoneErrors(SPACES + "x")).isOne();
		assertThat(phoneErrors("12" + SPACES)).isZero();
	}

	@Test
	void subjectCodes() {
		assertThat(iscedErrors("0611")).isZero();
		assertThat(iscedErrors("0611, 0612; 0613 0614")).isZero();
		assertThat(iscedErrors("0611 , 0612")).isZero();
		assertThat(iscedErrors("06110612")).isOne();
		assertThat(iscedErrors("0611,,0612")).isOne();
		assertThat(iscedErrors("0611" + SPACES + "x")).isOne();
		assertThat(iscedErrors("0611" + SPACES + "0612" + SPACES + "x")).isOne();
		assertThat(iscedErrors("0611" + SPACES)).isZero();
	}

	private static long phoneErrors(String phone) {
		ContactForm form = new ContactForm();
		form.setPhone(phone);
		return errors(form, "phone");
	}

	private static long iscedErrors(String codes) {
		ConditionForm form = new ConditionForm();
		form.setIscedCodes(codes);
		return errors(form, "iscedCodes");
	}

	private static <T> long errors(T form, String field) {
		Set<ConstraintViolation<T>> violations = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> validator.validateProperty(form, field));
		return violations.stream()
			.filter((v) -> v.getConstraintDescriptor().getAnnotation() instanceof Pattern)
			.count();
	}

}
