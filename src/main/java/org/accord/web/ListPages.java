package org.accord.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.accord.history.RecordChanged;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A page of a list without counting a large table on every request: the page's rows are
 * read as a slice, and the total is counted once per list, filter and day and kept until
 * any record changes through the portal (every change goes through the history, which
 * says so). The totals shown are always exact.
 */
@Component
public class ListPages {

	private static final int MAX_KEPT = 1_000;

	private static final int BATCH = 2_000;

	private final Clock clock;

	private final EntityManager entityManager;

	private final Map<Key, Long> totals = new ConcurrentHashMap<>();

	ListPages(Clock clock, EntityManager entityManager) {
		this.clock = clock;
		this.entityManager = entityManager;
	}

	private record Key(Class<?> type, Object filter, LocalDate day) {
	}

	/**
	 * The page in the pageable's order, with the associations named in {@code fetch}
	 * loaded in the same statement; {@code filter} (a record) tells one list's totals
	 * from another's.
	 */
	public <T> Page<T> find(JpaSpecificationExecutor<T> repository, Class<T> type, Object filter,
			Specification<T> specification, Pageable pageable, String... fetch) {
		Slice<T> slice = repository.findBy(specification,
				(query) -> ((fetch.length > 0) ? query.project(fetch) : query).slice(pageable));
		if (!slice.hasNext() && (pageable.getPageNumber() == 0 || !slice.getContent().isEmpty())) {
			return new PageImpl<>(slice.getContent(), pageable, pageable.getOffset() + slice.getNumberOfElements());
		}
		if (this.totals.size() >= MAX_KEPT) {
			this.totals.clear();
		}
		long total = this.totals.computeIfAbsent(new Key(type, filter, LocalDate.now(this.clock)),
				(key) -> repository.count(specification));
		return new PageImpl<>(slice.getContent(), pageable, total);
	}

	/**
	 * Every row the specification selects, in the sort's order, in batches: for exports.
	 * Each batch leaves the persistence context once it has been handled, so that a long
	 * list never sits in memory.
	 */
	public <T> void forEach(JpaSpecificationExecutor<T> repository, Specification<T> specification, Sort sort,
			Consumer<List<T>> batch, String... fetch) {
		int number = 0;
		Slice<T> slice;
		do {
			PageRequest request = PageRequest.of(number++, BATCH, sort);
			slice = repository.findBy(specification,
					(query) -> ((fetch.length > 0) ? query.project(fetch) : query).slice(request));
			batch.accept(slice.getContent());
			this.entityManager.clear();
		}
		while (slice.hasNext());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void recordChanged(RecordChanged change) {
		this.totals.clear();
	}

}
