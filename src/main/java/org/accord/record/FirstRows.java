package org.accord.record;

import java.util.List;
import java.util.function.BiFunction;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The first rows of a related list, as a record's page shows them, and whether there are
 * more (then the page links to the full, filtered list). Read as one row more than shown,
 * so that no count query runs.
 */
public record FirstRows<T>(List<T> rows, boolean more) {

	public static final int SHOWN = 20;

	/** How many records of each kind a source's page shows. */
	public static final int FROM_SOURCE = 200;

	/** Rows read with a limit of {@link #SHOWN} + 1. */
	public static <T> FirstRows<T> of(List<T> fetched) {
		return (fetched.size() > SHOWN) ? new FirstRows<>(List.copyOf(fetched.subList(0, SHOWN)), true)
				: new FirstRows<>(fetched, false);
	}

	/** Rows read with a limit of {@code shown} + 1. */
	public static <T> FirstRows<T> of(List<T> fetched, int shown) {
		return (fetched.size() > shown) ? new FirstRows<>(List.copyOf(fetched.subList(0, shown)), true)
				: new FirstRows<>(fetched, false);
	}

	/**
	 * The first {@link #FROM_SOURCE} records of a kind recorded from a source, for the
	 * source's page: {@code query} is the kind's own ordered look-up by source.
	 */
	public static <T> FirstRows<T> fromSource(BiFunction<Long, Limit, List<T>> query, Long sourceId) {
		return of(query.apply(sourceId, Limit.of(FROM_SOURCE + 1)), FROM_SOURCE);
	}

	public static Pageable limit() {
		return PageRequest.of(0, SHOWN + 1);
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
