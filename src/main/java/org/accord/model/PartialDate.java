package org.accord.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A date as precise as its source: the articles say "in 2011" or "in October 2017" as
 * often as they give a day. The date column holds the first day of the period, so it
 * sorts and filters as a date; {@link #toString()} shows only what is known, in ISO form.
 */
@Embeddable
public class PartialDate implements Comparable<PartialDate> {

	private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

	@Column(name = "date")
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(name = "precision")
	private DatePrecision precision;

	protected PartialDate() {
	}

	public PartialDate(LocalDate date, DatePrecision precision) {
		this.date = Objects.requireNonNull(date);
		this.precision = Objects.requireNonNull(precision);
	}

	/**
	 * Reads "2011", "2017-10" or "2019-08-03"; null for blank text.
	 * @throws java.time.DateTimeException for text in none of these forms or an
	 * impossible date
	 */
	public static PartialDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.matches("\\d{4}")) {
			return new PartialDate(LocalDate.of(Integer.parseInt(value), 1, 1), DatePrecision.YEAR);
		}
		if (value.matches("\\d{4}-\\d{2}")) {
			return new PartialDate(LocalDate.parse(value + "-01"), DatePrecision.MONTH);
		}
		if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return new PartialDate(LocalDate.parse(value), DatePrecision.DAY);
		}
		throw new DateTimeException("not a date: " + value);
	}

	public static PartialDate of(LocalDate date) {
		return new PartialDate(date, DatePrecision.DAY);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public DatePrecision getPrecision() {
		return this.precision;
	}

	public int getYear() {
		return this.date.getYear();
	}

	@Override
	public int compareTo(PartialDate other) {
		return this.date.compareTo(other.date);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PartialDate that && this.date.equals(that.date) && this.precision == that.precision;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.date, this.precision);
	}

	@Override
	public String toString() {
		return switch (this.precision) {
			case YEAR -> String.valueOf(this.date.getYear());
			case MONTH -> this.date.format(YEAR_MONTH);
			case DAY -> this.date.toString();
		};
	}

}
