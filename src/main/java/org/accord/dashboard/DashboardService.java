package org.accord.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * Requests that find no current dashboard for their filter while another request is
 * computing it wait for that one rather than compute it again: a cold or expired
 * dashboard under load used to be computed by every waiting request at once (16 at a time
 * under the benchmark, which then answered nothing for over 10 s).
 */
@Service
public class DashboardService {

	static final Duration FRESH_FOR = Duration.ofMinutes(5);

	private static final int MAX_KEPT = 200;

	private final DashboardQueries queries;

	private final Clock clock;

	private final Map<DashboardFilter, Dashboard> kept = new ConcurrentHashMap<>();

	private final Map<DashboardFilter, CompletableFuture<Dashboard>> computing = new ConcurrentHashMap<>();

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
			return computeOnce(filter, today, now);
		}
		this.hits.increment();
		return dashboard;
	}

	/**
	 * Computes the dashboard for the filter, or waits for the request already computing
	 * it and answers its result (or its failure).
	 */
	private Dashboard computeOnce(DashboardFilter filter, LocalDate today, Instant now) {
		CompletableFuture<Dashboard> mine = new CompletableFuture<>();
		CompletableFuture<Dashboard> running = this.computing.putIfAbsent(filter, mine);
		if (running != null) {
			this.hits.increment();
			try {
				return running.join();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			}
		}
		try {
			this.misses.increment();
			Dashboard dashboard = this.queries.compute(filter, today, now);
			if (this.kept.size() >= MAX_KEPT) {
				this.kept.clear();
			}
			this.kept.put(filter, dashboard);
			mine.complete(dashboard);
			return dashboard;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.computing.remove(filter, mine);
		}
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
