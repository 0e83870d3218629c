package org.accord.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.Validator;
import org.accord.language.Languages;
import org.accord.web.InputCleaning;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Binds a row into a form as the web binds a request: the same conversions, the same text
 * cleaning, the same Bean Validation; so a row is refused for exactly what the form
 * refuses, with the same messages. A choice may be written by its name or by its label in
 * any of Accord's languages (as exports write it).
 */
@Component
public class RowBinder {

	private static final Pattern SPREADSHEET_DAY = Pattern.compile("\\d{5}(\\.0+)?");

	private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);

	private final ConversionService conversions;

	private final SpringValidatorAdapter validator;

	private final MessageSource messages;

	RowBinder(@Qualifier("mvcConversionService") ConversionService conversions, Validator validator,
			MessageSource messages) {
		this.conversions = conversions;
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
	}

	/** Binds the row's columns into the form and validates it. */
	public BindingResult bind(Object form, ImportRow row, List<ImportColumn> columns) {
		DataBinder binder = new DataBinder(form, "form");
		binder.setAutoGrowCollectionLimit(16);
		binder.setConversionService(this.conversions);
		binder.registerCustomEditor(String.class, new InputCleaning.CleanText());
		MutablePropertyValues values = new MutablePropertyValues();
		for (ImportColumn column : columns) {
			if (row.has(column.property())) {
				values.add(column.property(), normalized(column, row.value(column.property())));
			}
		}
		binder.bind(values);
		binder.setValidator(this.validator);
		binder.validate();
		return binder.getBindingResult();
	}

	/**
	 * The errors of a binding (and of the checks after it) as problems beside columns.
	 */
	public List<RowCheck.Problem> problems(BindingResult result, List<ImportColumn> columns) {
		List<RowCheck.Problem> problems = new ArrayList<>();
		for (ObjectError error : result.getAllErrors()) {
			String column = null;
			if (error instanceof FieldError field) {
				column = columns.stream()
					.filter((c) -> field.getField().equals(c.property())
							|| field.getField().startsWith(c.property() + "."))
					.map(ImportColumn::headerKey)
					.findFirst()
					.orElse(null);
			}
			if ("agreement.partyUnknown".equals(error.getCode())) {
				problems.add(problem(column, "import.institutionUnknown", error.getArguments()));
				continue;
			}
			problems.add(new RowCheck.Problem(column, error));
		}
		return problems;
	}

	/** A record id as a spreadsheet writes it ("12" or "12.0"), empty when it is none. */
	public static Optional<Long> id(String text) {
		try {
			return Optional.of(new BigDecimal(text.strip()).longValueExact());
		}
		catch (ArithmeticException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	public static RowCheck.Problem problem(String columnKey, String code, Object... arguments) {
		return new RowCheck.Problem(columnKey,
				new DefaultMessageSourceResolvable(new String[] { code }, arguments, code));
	}

	private String normalized(ImportColumn column, String value) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		if (column.choices() != null) {
			return choice(column.choices(), text);
		}
		if (column.date() && SPREADSHEET_DAY.matcher(text).matches()) {
			return SPREADSHEET_EPOCH.plusDays((long) Double.parseDouble(text)).toString();
		}
		return value;
	}

	/**
	 * The enum name for a name or label; the text itself when it is neither (refused
	 * later).
	 */
	private String choice(Class<? extends Enum<?>> choices, String text) {
		for (Enum<?> choice : choices.getEnumConstants()) {
			if (choice.name().equalsIgnoreCase(text)) {
				return choice.name();
			}
			String key = messageKey(choice);
			if (key != null) {
				for (Locale locale : Languages.locales()) {
					if (text.equalsIgnoreCase(this.messages.getMessage(key, null, "", locale))) {
						return choice.name();
					}
				}
			}
		}
		return text;
	}

	private static String messageKey(Enum<?> choice) {
		try {
			return (String) choice.getClass().getMethod("getMessageKey").invoke(choice);
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
	}

}
