package org.accord.search;

import java.time.LocalDate;

import org.accord.model.Approximation;
import org.accord.model.NameLanguage;
import org.accord.statistics.Measure;
import org.accord.statistics.PeriodKind;

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

	/**
	 * A figure: whose, about which partner (if any), what, for which period, and how
	 * many.
	 */
	record Figure(long id, String institutionName, String partnerName, Measure measure, PeriodKind periodKind,
			String periodText, Approximation approximation, long value) {

		/** "Shanghai Polytechnic University – Chuo University", or the one name. */
		public String getWhose() {
			return (this.partnerName != null) ? this.institutionName + " – " + this.partnerName : this.institutionName;
		}

	}

	record Source(long id, String title) {
	}

	/** A person, with the institution they belong to, if any. */
	record Person(String name, String role, Institution institution) {
	}

}
