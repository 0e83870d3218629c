package org.accord.search;

import org.accord.agreement.Agreement;
import org.accord.delegation.Delegation;
import org.accord.institution.Institution;
import org.accord.office.Office;
import org.accord.person.Person;
import org.accord.source.Source;
import org.accord.statistics.ExchangeStatistic;

import org.springframework.data.domain.Page;

/** The first few matches of each kind, with how many there are in all. */
record SearchResults(String query, Page<Institution> institutions, Page<Agreement> agreements, Page<Office> offices,
		Page<Delegation> delegations, Page<ExchangeStatistic> statistics, Page<Source> sources, Page<Person> people) {

	static final SearchResults EMPTY = new SearchResults("", Page.empty(), Page.empty(), Page.empty(), Page.empty(),
			Page.empty(), Page.empty(), Page.empty());

	public long total() {
		return this.institutions.getTotalElements() + this.agreements.getTotalElements()
				+ this.offices.getTotalElements() + this.delegations.getTotalElements()
				+ this.statistics.getTotalElements() + this.sources.getTotalElements() + this.people.getTotalElements();
	}

	public boolean isAsked() {
		return !this.query.isEmpty();
	}

}
