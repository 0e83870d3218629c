package org.accord.search;

import java.util.List;

import org.accord.agreement.AgreementFilter;
import org.accord.agreement.AgreementService;
import org.accord.delegation.DelegationFilter;
import org.accord.delegation.DelegationService;
import org.accord.institution.InstitutionFilter;
import org.accord.institution.InstitutionService;
import org.accord.model.SearchText;
import org.accord.office.OfficeFilter;
import org.accord.office.OfficeService;
import org.accord.person.PersonRepository;
import org.accord.source.SourceFilter;
import org.accord.source.SourceService;
import org.accord.statistics.StatisticFilter;
import org.accord.statistics.StatisticService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * One search over every kind of record. Each kind is searched with the same filter as its
 * own list, so a group's "show all" link leads to exactly the records counted here.
 */
@Service
class SearchService {

	static final int PER_KIND = 5;

	private final InstitutionService institutions;

	private final AgreementService agreements;

	private final OfficeService offices;

	private final DelegationService delegations;

	private final StatisticService statistics;

	private final SourceService sources;

	private final PersonRepository people;

	SearchService(InstitutionService institutions, AgreementService agreements, OfficeService offices,
			DelegationService delegations, StatisticService statistics, SourceService sources,
			PersonRepository people) {
		this.institutions = institutions;
		this.agreements = agreements;
		this.offices = offices;
		this.delegations = delegations;
		this.statistics = statistics;
		this.sources = sources;
		this.people = people;
	}

	SearchResults search(String q) {
		if (SearchText.isEmpty(q)) {
			return SearchResults.EMPTY;
		}
		String text = SearchText.clean(q);
		return new SearchResults(text, this.institutions.list(InstitutionFilter.text(text), first(Sort.by("nameEn"))),
				this.agreements.list(AgreementFilter.text(text), first(Sort.by("reference"))),
				this.offices.list(OfficeFilter.text(text), first(Sort.by("name"))),
				this.delegations.list(DelegationFilter.text(text), first(Sort.by(Sort.Direction.DESC, "startsOn"))),
				this.statistics.list(StatisticFilter.text(text), first(Sort.by("measure"))),
				this.sources.list(SourceFilter.text(text), first(Sort.by("title"))), people(text));
	}

	private Page<org.accord.person.Person> people(String text) {
		String pattern = SearchText.containsPattern(text);
		List<org.accord.person.Person> found = this.people.search(pattern, first(Sort.unsorted()));
		return new PageImpl<>(found, first(Sort.unsorted()), this.people.countMatching(pattern));
	}

	private static Pageable first(Sort sort) {
		return PageRequest.of(0, PER_KIND, sort.and(Sort.by("id")));
	}

}
