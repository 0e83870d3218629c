package org.accord.web;

import java.text.NumberFormat;
import java.util.Map;

import org.accord.country.Countries;
import org.accord.history.RecordChange;
import org.accord.history.RecordType;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A value in a record's history as the reader reads it: the history keeps what was saved
 * (a kind's code, a country's code, {@code EXACT 120}), the page shows its label in the
 * reader's language (University, 日本, 120; "about 40"). Other values are shown as saved.
 * {@code ${@historyValues.shown(change, value)}} in templates.
 */
@Component("historyValues")
public class HistoryValues {

	/** The fields whose values are codes of a choice, and the prefix of their labels. */
	private static final Map<RecordType, Map<String, String>> CHOICES = Map.of(RecordType.INSTITUTION,
			Map.of("common.kind", "institution.kind."), RecordType.AGREEMENT,
			Map.of("common.kind", "agreement.kind.", "common.status", "agreement.status."), RecordType.DELEGATION,
			Map.of("delegation.directionLabel", "delegation.direction.", "delegation.formatLabel",
					"delegation.format."),
			RecordType.STATISTIC, Map.of("statistic.measureLabel", "statistic.measure."));

	private final MessageSource messages;

	private final Countries countries;

	HistoryValues(MessageSource messages, Countries countries) {
		this.messages = messages;
		this.countries = countries;
	}

	public String shown(RecordChange change, String value) {
		if (value == null || change.getField() == null) {
			return value;
		}
		String field = change.getField();
		if (field.equals("common.country") || field.equals("statistic.partnerCountry")) {
			return Countries.isValid(value) ? this.countries.name(value) : value;
		}
		if (field.equals("statistic.value")) {
			return figure(value);
		}
		if (field.equals("institution.home")) {
			return label(Boolean.parseBoolean(value) ? "common.yes" : "common.no", value);
		}
		String prefix = CHOICES.getOrDefault(change.getRecordType(), Map.of()).get(field);
		return (prefix != null) ? label(prefix + value, value) : value;
	}

	/**
	 * {@code EXACT 120} as 120, {@code ABOUT 40} as "about 40", in the reader's language.
	 */
	private String figure(String value) {
		int space = value.indexOf(' ');
		if (space < 0) {
			return value;
		}
		String approximation = value.substring(0, space);
		String number = value.substring(space + 1);
		try {
			number = NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(Long.parseLong(number));
		}
		catch (NumberFormatException ex) {
			return value;
		}
		return approximation.equals("EXACT") ? number
				: label("approximation." + approximation, approximation) + " " + number;
	}

	private String label(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

}
