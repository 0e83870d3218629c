package org.accord.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import org.accord.model.PartialDate;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Moments (sign-ins, account changes) in ISO form, in UTC so that every reader sees the
 * same text: {@code ${@dates.dateTime(instant)}} in templates. On a record's page its
 * dates are written as the reader's language writes them ({@code ${@dates.shown(date)}}):
 * ISO in English, 2024年5月20日 in Chinese and Japanese (the language's own CLDR patterns);
 * lists and exports keep ISO in every language, and the page keeps it in the element's
 * title.
 */
@Component("dates")
public class Dates {

	private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/**
	 * A date, or a partial date only as precise as it is, in the reader's language; null
	 * for none.
	 */
	public String shown(Object date) {
		if (date == null) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String language = locale.getLanguage();
		if (!language.equals("zh") && !language.equals("ja")) {
			return date.toString();
		}
		if (date instanceof LocalDate day) {
			return formatter(locale, "yMMMd").format(day);
		}
		if (date instanceof PartialDate partial) {
			LocalDate day = partial.getDate();
			return switch (partial.getPrecision()) {
				case YEAR -> formatter(locale, "y").format(day);
				case MONTH -> formatter(locale, "yMMM").format(day);
				case DAY -> shown(day);
			};
		}
		return date.toString();
	}

	/**
	 * The language's own pattern for a CLDR skeleton (a date, a month, a year), found by
	 * ICU4J's pattern generator once per language and skeleton: 2024年5月20日, 2017年10月 and
	 * 2011年 in Chinese and Japanese.
	 */
	private DateTimeFormatter formatter(Locale locale, String skeleton) {
		return this.formatters.computeIfAbsent(locale.toLanguageTag() + " " + skeleton, (key) -> {
			String pattern = DateTimePatternGenerator.getInstance(ULocale.forLocale(locale)).getBestPattern(skeleton);
			return DateTimeFormatter.ofPattern(pattern, locale);
		});
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant) : "";
	}

}
