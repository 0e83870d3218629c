package org.accord.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Moments (sign-ins, account changes) in ISO form, in UTC so that every reader sees the
 * same text: {@code ${@dates.dateTime(instant)}} in templates.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant) : "";
	}

}
