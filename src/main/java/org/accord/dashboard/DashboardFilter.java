package org.accord.dashboard;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The dashboard's filters, kept in the URL so that a view can be bookmarked and shared:
 * {@code ?home=&country=&from=&to=}. Years outside 1950–2100 and reversed periods are put
 * right rather than refused.
 */
public record DashboardFilter(Long home, String country, Integer from, Integer to) {

	static final int YEARS_SHOWN = 10;

	/** The filter with its gaps filled: the last ten years up to this one by default. */
	DashboardFilter complete(LocalDate today) {
		int thisYear = today.getYear();
		int last = clamp((this.to != null) ? this.to : thisYear);
		int first = clamp((this.from != null) ? this.from : last - YEARS_SHOWN + 1);
		if (first > last) {
			int swap = first;
			first = last;
			last = swap;
		}
		String code = (this.country == null || !this.country.strip().matches("[A-Za-z]{2}")) ? null
				: this.country.strip().toUpperCase(Locale.ROOT);
		return new DashboardFilter((this.home != null && this.home > 0) ? this.home : null, code, first, last);
	}

	private static int clamp(int year) {
		return Math.max(1950, Math.min(2100, year));
	}

	long homeOrZero() {
		return (this.home != null) ? this.home : 0L;
	}

	String countryOrBlank() {
		return (this.country != null) ? this.country : "";
	}

}
