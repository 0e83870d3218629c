package org.accord.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.accord.model.NameLanguage;

/**
 * Everything the dashboard shows for one filter, computed in PostgreSQL at one moment.
 */
public record Dashboard(DashboardFilter filter, LocalDate today, Figures figures, Charts charts, Insights insights,
		Instant computedAt) {

	/** The key figures; each links to the list that explains it. */
	public record Figures(long partners, long countries, long activeAgreements, long expiring3, long expiring6,
			long expiring12, long offices, long delegationsThisYear, long exchangedLastYear) {
	}

	public record Charts(List<SignedCount> signed, List<CountryCount> countries, List<Flow> flows,
			List<PartnerActivity> top) {
	}

	/** Agreements signed in one year, of one kind. */
	public record SignedCount(int year, String kind, long count) {
	}

	/** Partner institutions in one country. */
	public record CountryCount(String code, long count) {
	}

	/** Students sent and received in one year. */
	public record Flow(int year, long sent, long received) {
	}

	/**
	 * A partner's activity in the period: agreements, delegations and students exchanged.
	 */
	public record PartnerActivity(long id, String name, String nativeName, String country, long agreements,
			long delegations, long exchanged) {

		/** The language of the partner's name in its own script, for {@code lang=}. */
		public String nativeNameLanguage() {
			return NameLanguage.ofCountry(this.country);
		}

	}

	public record Insights(List<AgreementRow> expiring, long dormantCount, List<AgreementRow> dormant,
			List<Imbalance> imbalanced, long idleDelegationCount, List<DelegationRow> idleDelegations,
			List<PlacesUse> places) {
	}

	/** An agreement in a table: its parties named in one line. */
	public record AgreementRow(long id, String reference, String title, LocalDate signedOn, LocalDate validUntil,
			String parties) {
	}

	/** A partner whose inbound and outbound flows are far apart. */
	public record Imbalance(long id, String name, String nativeName, String country, long sent, long received) {
	}

	/**
	 * A delegation after which no agreement with those it met was signed within a year.
	 */
	public record DelegationRow(long id, String title, LocalDate startsOn, String participants) {
	}

	/** Places a condition agrees against the students actually exchanged that way. */
	public record PlacesUse(long agreementId, String reference, String sending, String receiving, String kind,
			long places, long exchanged) {
	}

}
