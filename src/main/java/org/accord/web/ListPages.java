package org.accord.web;

import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.accord.country.Countries;
import org.accord.history.ChangeGeneration;
import org.accord.history.RecordChanged;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.query.QueryUtils;
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

	private static final int BATCH = 500;

	/** The longest an export's statement may run. */
	private static final Duration EXPORT_TIMEOUT = Duration.ofMinutes(2);

	private final Clock clock;

	private final EntityManager entityManager;

	private final Map<Key, Long> totals = new ConcurrentHashMap<>();

	private final Counter hits;

	private final Counter misses;

	private final ChangeGeneration generation;

	private final ChangeGeneration.Seen seen = new ChangeGeneration.Seen();

	private static final Set<String> COUNTRY_PROPERTIES = Set.of("countryCode", "partnerCountryCode");

	private final Countries countries;

	ListPages(Clock clock, EntityManager entityManager, MeterRegistry meters, ChangeGeneration generation,
			Countries countries) {
		this.countries = countries;
		this.generation = generation;
		this.clock = clock;
		this.entityManager = entityManager;
		this.hits = cacheCounter(meters, "hit");
		this.misses = cacheCounter(meters, "miss");
	}

	/**
	 * List totals found among those kept ({@code hit}) or counted afresh ({@code miss}).
	 */
	private static Counter cacheCounter(MeterRegistry meters, String result) {
		return Counter.builder("accord.cache.requests")
			.description("Requests for a kept value: found (hit) or computed (miss)")
			.tag("cache", "list-totals")
			.tag("result", result)
			.register(meters);
	}

	private record Key(Class<?> type, Object filter, LocalDate day) {
	}

	/**
	 * A list sorted by a country column follows the countries' names as the reader's
	 * language sorts them (the order of the country filter's menu), not their codes: the
	 * order goes into the query as each code's rank; without a country sort, the
	 * specification is returned as it is.
	 */
	private <T> Specification<T> byCountryName(Specification<T> specification, Sort sort) {
		Sort.Order country = sort.stream()
			.filter((order) -> COUNTRY_PROPERTIES.contains(order.getProperty()))
			.findFirst()
			.orElse(null);
		if (country == null) {
			return specification;
		}
		List<Countries.Country> ranked = this.countries.all();
		return (root, query, builder) -> {
			if (query.getResultType() != Long.class && query.getResultType() != long.class) {
				CriteriaBuilder.SimpleCase<String, Integer> rank = builder.selectCase(root.get(country.getProperty()));
				for (int i = 0; i < ranked.size(); i++) {
					rank = rank.when(ranked.get(i).code(), i);
				}
				Expression<Integer> position = rank.otherwise(ranked.size());
				query.orderBy(country.isAscending() ? builder.asc(position) : builder.desc(position),
						builder.asc(root.get("id")));
			}
			return (specification != null) ? specification.toPredicate(root, query, builder) : null;
		};
	}

	/**
	 * The specification with the to-one associations named in {@code fetch} joined and
	 * loaded in the same statement. Joins in the query rather than Spring Data's
	 * {@code project(...)}, which applies an entity graph: Hibernate translates a query
	 * with an entity graph to SQL on every call, where it keeps the translation of a
	 * query without one.
	 */
	private static <T> Specification<T> fetching(Specification<T> specification, String... fetch) {
		if (fetch.length == 0) {
			return specification;
		}
		return (root, query, builder) -> {
			for (String association : fetch) {
				root.fetch(association, JoinType.LEFT);
			}
			return (specification != null) ? specification.toPredicate(root, query, builder) : null;
		};
	}

	/**
	 * The page in the pageable's order, with the associations named in {@code fetch}
	 * loaded in the same statement; {@code filter} (a record) tells one list's totals
	 * from another's.
	 */
	public <T> Page<T> find(JpaSpecificationExecutor<T> repository, Class<T> type, Object filter,
			Specification<T> specification, Pageable pageable, String... fetch) {
		Specification<T> ordered = byCountryName(specification, pageable.getSort());
		Pageable slicing = (ordered == specification) ? pageable
				: PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
		Slice<T> slice = repository.findBy(fetching(ordered, fetch), (query) -> query.slice(slicing));
		if (!slice.hasNext() && (pageable.getPageNumber() == 0 || !slice.getContent().isEmpty())) {
			return new PageImpl<>(slice.getContent(), pageable, pageable.getOffset() + slice.getNumberOfElements());
		}
		if (this.totals.size() >= MAX_KEPT) {
			this.totals.clear();
		}
		if (!this.seen.isCurrent(this.generation.current())) {
			this.totals.clear();
		}
		Key key = new Key(type, filter, LocalDate.now(this.clock));
		Long total = this.totals.get(key);
		if (total == null) {
			this.misses.increment();
			total = repository.count(specification);
			this.totals.put(key, total);
		}
		else {
			this.hits.increment();
		}
		return new PageImpl<>(slice.getContent(), pageable, total);
	}

	/**
	 * Every row the specification selects, in the sort's order, for an export: one query
	 * read through a database cursor ({@value #BATCH} rows a fetch), handed on in
	 * batches, each batch leaving the persistence context once handled, so that a long
	 * list never sits in memory and is read in one statement rather than page by page
	 * (with OFFSET, an export of a million figures took over five minutes, each page
	 * reading again all the rows before it). The statement may run at most
	 * {@link #EXPORT_TIMEOUT}. Call inside a transaction (the cursor lives as long as
	 * it).
	 */
	public <T> void forEach(Class<T> type, Specification<T> specification, Sort sort, Consumer<List<T>> batch,
			String... fetch) {
		this.entityManager.unwrap(Session.class).doWork((connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local statement_timeout = '" + EXPORT_TIMEOUT.toSeconds() + "s'");
			}
		});
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		for (String association : fetch) {
			root.fetch(association, JoinType.LEFT);
		}
		Predicate predicate = specification.toPredicate(root, query, cb);
		if (predicate != null) {
			query.where(predicate);
		}
		query.orderBy(QueryUtils.toOrders(sort, root, cb));
		try (Stream<T> rows = this.entityManager.createQuery(query)
			.setHint(HibernateHints.HINT_FETCH_SIZE, BATCH)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultStream()) {
			List<T> chunk = new ArrayList<>(BATCH);
			Iterator<T> iterator = rows.iterator();
			while (iterator.hasNext()) {
				chunk.add(iterator.next());
				if (chunk.size() == BATCH) {
					batch.accept(chunk);
					chunk = new ArrayList<>(BATCH);
					this.entityManager.clear();
				}
			}
			if (!chunk.isEmpty()) {
				batch.accept(chunk);
			}
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void recordChanged(RecordChanged change) {
		this.totals.clear();
	}

}
