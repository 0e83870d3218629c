package org.accord.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.accord.model.PartialDate;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Moments (sign-ins, account changes) in ISO form, in UTC so that every reader sees the
 * same text: {@code ${@dates.dateTime(instant)}} in templates. On a record's page its
 * dates are written as the reader's language writes them ({@code ${@dates.shown(date)}}):
 * ISO in English, 2024年5月20日 in Chinese and Japanese; lists and exports keep ISO in every
 * language, and the page keeps it in the element's title.
 */
@Component("dates")
public class Dates {

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
		String language = LocaleContextHolder.getLocale().getLanguage();
		if (!language.equals("zh") && !language.equals("ja")) {
			return date.toString();
		}
		if (date instanceof LocalDate day) {
			return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
		}
		if (date instanceof PartialDate partial) {
			LocalDate day = partial.getDate();
			return switch (partial.getPrecision()) {
				case YEAR -> day.getYear() + "年";
				case MONTH -> day.getYear() + "年" + day.getMonthValue() + "月";
				case DAY -> shown(day);
			};
		}
		return date.toString();
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant) : "";
	}

}
