package org.accord.search;

import java.util.List;

/** The first few matches of each kind, and whether there are more. */
record SearchResults(String query, Group<Found.Institution> institutions, Group<Found.Agreement> agreements,
		Group<Found.Office> offices, Group<Found.Delegation> delegations, Group<Found.Figure> statistics,
		Group<Found.Source> sources, Group<Found.Person> people, List<String> closestNames) {

	static final SearchResults EMPTY = new SearchResults("", Group.empty(), Group.empty(), Group.empty(), Group.empty(),
			Group.empty(), Group.empty(), Group.empty(), List.of());

	/** The results with the names to offer when nothing matched ("Did you mean ...?"). */
	SearchResults offering(List<String> names) {
		return new SearchResults(this.query, this.institutions, this.agreements, this.offices, this.delegations,
				this.statistics, this.sources, this.people, names);
	}

	/**
	 * A shown text as HTML, escaped, the words of the query marked
	 * ({@link Highlight#html}).
	 */
	public String marked(String text) {
		return Highlight.html(text, this.query);
	}

	public boolean isAsked() {
		return !this.query.isEmpty();
	}

	public boolean isEmpty() {
		return this.institutions.isEmpty() && this.agreements.isEmpty() && this.offices.isEmpty()
				&& this.delegations.isEmpty() && this.statistics.isEmpty() && this.sources.isEmpty()
				&& this.people.isEmpty();
	}

	/** One kind's matches: the first ones, and whether the kind's own list has more. */
	record Group<T>(List<T> rows, boolean more) {

		/**
		 * The first {@link SearchService#PER_KIND} of the rows read, one more if there
		 * are more.
		 */
		static <T> Group<T> of(List<T> rows) {
			return new Group<>(rows.subList(0, Math.min(rows.size(), SearchService.PER_KIND)),
					rows.size() > SearchService.PER_KIND);
		}

		static <T> Group<T> empty() {
			return new Group<>(List.of(), false);
		}

		public boolean isEmpty() {
			return this.rows.isEmpty();
		}

		/** "3", or "5+" when the list has more than are shown here. */
		public String getCountText() {
			return this.rows.size() + (this.more ? "+" : "");
		}

	}

}
