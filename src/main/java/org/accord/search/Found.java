package org.accord.search;

import java.time.LocalDate;

import org.accord.model.Approximation;
import org.accord.model.NameLanguage;
import org.accord.statistics.Measure;

/**
 * What the search page shows of each kind of record: read for it in one statement
 * ({@link SearchService}), not as entities.
 */
final class Found {

	private Found() {
	}

	record Institution(long id, String nameEn, String nameNative, String countryCode) {

		/** The language of the name in its own script, for {@code lang="..."}. */
		public String getNameNativeLanguage() {
			return NameLanguage.ofCountry(this.countryCode);
		}

	}

	record Agreement(long id, String reference, String title) {
	}

	record Office(long id, String name) {
	}

	record Delegation(long id, String title, LocalDate startsOn, LocalDate endsOn) {

		public boolean isSingleDay() {
			return this.endsOn == null || this.endsOn.equals(this.startsOn);
		}

	}

	/** A figure: whose, what, and how many. */
	record Figure(long id, String institutionName, Measure measure, Approximation approximation, long value) {
	}

	record Source(long id, String title) {
	}

	/** A person, with the institution they belong to, if any. */
	record Person(String name, String role, Institution institution) {
	}

}
