package org.accord.search;

import java.util.List;

import org.accord.agreement.AgreementService;
import org.accord.contact.PersonRepository;
import org.accord.contact.PersonSearch;
import org.accord.delegation.DelegationService;
import org.accord.institution.Institution;
import org.accord.institution.InstitutionService;
import org.accord.model.SearchText;
import org.accord.office.OfficeService;
import org.accord.search.SearchResults.Group;
import org.accord.source.SourceService;
import org.accord.statistics.StatisticService;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search over every kind of record. Each kind is searched with the same filter as its
 * own list, so a group's "show all" link leads to exactly the records counted here.
 */
@Service
class SearchService {

	static final int PER_KIND = 5;

	/** Names offered when nothing matches. */
	static final int CLOSEST_NAMES = 3;

	/** Longer queries are cut: no record has a longer name or title worth matching. */
	static final int QUERY_LIMIT = 300;

	private final InstitutionService institutions;

	private final AgreementService agreements;

	private final OfficeService offices;

	private final DelegationService delegations;

	private final StatisticService statistics;

	private final SourceService sources;

	private final PersonRepository people;

	private final JdbcTemplate jdbc;

	SearchService(InstitutionService institutions, AgreementService agreements, OfficeService offices,
			DelegationService delegations, StatisticService statistics, SourceService sources, PersonRepository people,
			JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.institutions = institutions;
		this.agreements = agreements;
		this.offices = offices;
		this.delegations = delegations;
		this.statistics = statistics;
		this.sources = sources;
		this.people = people;
	}

	/**
	 * The first matches of every kind, in one read-only transaction whose statements are
	 * planned as search needs ({@link #planForSearch()}).
	 */
	@Transactional(readOnly = true)
	public SearchResults search(String q) {
		if (SearchText.isEmpty(q)) {
			return SearchResults.EMPTY;
		}
		planForSearch();
		String text = SearchText.clean(q);
		if (text.length() > QUERY_LIMIT) {
			text = text.substring(0, QUERY_LIMIT);
		}
		// Figures are found through the institutions they are about: those shown. (The
		// first hundred cost a search for a country name, which matches hundreds of
		// institutions, twice the time: their entities and their figures' look-ups.)
		Slice<Institution> matching = this.institutions.search(text, PER_KIND);
		SearchResults results = new SearchResults(text, Group.of(matching),
				Group.of(this.agreements.search(text, PER_KIND)), Group.of(this.offices.search(text, PER_KIND)),
				Group.of(this.delegations.search(text, PER_KIND)),
				Group.of(this.statistics.search(matching.map(Institution::getId).getContent(), PER_KIND)),
				Group.of(this.sources.search(text, PER_KIND)), Group.of(this.people.findBy(PersonSearch.matching(text),
						(query) -> query.slice(PageRequest.of(0, PER_KIND)))),
				List.of());
		return results.isEmpty() ? results.offering(this.institutions.closestNames(text, CLOSEST_NAMES)) : results;
	}

	/**
	 * Two planner settings for this transaction's statements. A plan for the typed words
	 * (they are literals in each statement) is made once per connection and kept, rather
	 * than made again on every search because the first-rows limit is a parameter: making
	 * it took 1 to 2.5 ms per statement, eight statements per search. And every kind is
	 * read through its trigram index: on a small table (300 offices) the planner
	 * preferred to test each document, which cost 10 ms for a two-character word ("德国")
	 * against 0.3 ms through the index.
	 */
	private void planForSearch() {
		this.jdbc.execute("select set_config('plan_cache_mode', 'force_generic_plan', true),"
				+ " set_config('enable_seqscan', 'off', true)");
	}

}
