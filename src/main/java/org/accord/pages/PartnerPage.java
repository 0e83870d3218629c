package org.accord.pages;

import java.util.List;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.contact.ContactService;
import org.accord.contact.Person;
import org.accord.delegation.Delegation;
import org.accord.delegation.DelegationService;
import org.accord.history.RecordChange;
import org.accord.institution.Institution;
import org.accord.institution.InstitutionService;
import org.accord.institution.Partnership;
import org.accord.office.Office;
import org.accord.office.OfficeService;
import org.accord.record.FirstRows;
import org.accord.statistics.ExchangeStatistic;
import org.accord.statistics.StatisticService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partner's page shows: the institution, its relationship on a timeline, the first
 * rows of its agreements, offices, delegations and figures, its contacts and its history.
 */
record PartnerPage(Institution institution, List<Partnership> partnerships, FirstRows<Agreement> agreements,
		FirstRows<Office> offices, FirstRows<Delegation> delegations, FirstRows<ExchangeStatistic> statistics,
		List<Timeline.Event> timeline, List<Person> people, List<RecordChange> history) {

	/**
	 * Reads a partner's page in one read-only transaction: one connection and one
	 * snapshot for its eight reads, where each service's own transaction had taken a
	 * connection and sent BEGIN and COMMIT eight times.
	 */
	@Service
	static class Reader {

		private final InstitutionService institutions;

		private final AgreementService agreements;

		private final OfficeService offices;

		private final DelegationService delegations;

		private final StatisticService statistics;

		private final ContactService contacts;

		Reader(InstitutionService institutions, AgreementService agreements, OfficeService offices,
				DelegationService delegations, StatisticService statistics, ContactService contacts) {
			this.institutions = institutions;
			this.agreements = agreements;
			this.offices = offices;
			this.delegations = delegations;
			this.statistics = statistics;
			this.contacts = contacts;
		}

		@Transactional(readOnly = true)
		PartnerPage read(Long id) {
			Institution institution = this.institutions.details(id);
			FirstRows<Agreement> agreements = this.agreements.ofParty(id);
			FirstRows<Office> offices = this.offices.involving(id);
			FirstRows<Delegation> delegations = this.delegations.involving(id);
			FirstRows<ExchangeStatistic> statistics = this.statistics.involving(id);
			return new PartnerPage(institution, this.institutions.partnerships(id), agreements, offices, delegations,
					statistics, Timeline.of(agreements.rows(), offices.rows(), delegations.rows(), statistics.rows()),
					this.contacts.atInstitution(id), this.institutions.history(id));
		}

	}

}
