package org.accord.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.accord.history.ChangeGeneration;
import org.accord.history.RecordChanged;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The dashboard for a filter. Computing it reads the whole portfolio, so a result is kept
 * until any record changes (every form goes through the history, which says so), the day
 * changes, or {@link #FRESH_FOR} passes; the page says when its figures were computed.
 */
@Service
public class DashboardService {

	static final Duration FRESH_FOR = Duration.ofMinutes(5);

	private static final int MAX_KEPT = 200;

	private final DashboardQueries queries;

	private final Clock clock;

	private final Map<DashboardFilter, Dashboard> kept = new ConcurrentHashMap<>();

	private final Counter hits;

	private final Counter misses;

	private final ChangeGeneration generation;

	private final ChangeGeneration.Seen seen = new ChangeGeneration.Seen();

	DashboardService(DashboardQueries queries, Clock clock, MeterRegistry meters, ChangeGeneration generation) {
		this.generation = generation;
		this.queries = queries;
		this.clock = clock;
		this.hits = cacheCounter(meters, "hit");
		this.misses = cacheCounter(meters, "miss");
	}

	/**
	 * Dashboards served from those kept ({@code hit}) or computed afresh ({@code miss}).
	 */
	private static Counter cacheCounter(MeterRegistry meters, String result) {
		return Counter.builder("accord.cache.requests")
			.description("Requests for a kept value: found (hit) or computed (miss)")
			.tag("cache", "dashboard")
			.tag("result", result)
			.register(meters);
	}

	@PreAuthorize("hasRole('LEADER')")
	public Dashboard dashboard(DashboardFilter requested) {
		LocalDate today = LocalDate.now(this.clock);
		DashboardFilter filter = requested.complete(today);
		Instant now = this.clock.instant();
		if (!this.seen.isCurrent(this.generation.current())) {
			forget();
		}
		Dashboard dashboard = this.kept.get(filter);
		if (dashboard == null || !dashboard.today().equals(today)
				|| dashboard.computedAt().plus(FRESH_FOR).isBefore(now)) {
			this.misses.increment();
			dashboard = this.queries.compute(filter, today, now);
			if (this.kept.size() >= MAX_KEPT) {
				this.kept.clear();
			}
			this.kept.put(filter, dashboard);
		}
		else {
			this.hits.increment();
		}
		return dashboard;
	}

	/** Any change to any record may change a figure: everything is computed afresh. */
	@TransactionalEventListener(fallbackExecution = true)
	void recordChanged(RecordChanged change) {
		forget();
	}

	void forget() {
		this.kept.clear();
	}

}
