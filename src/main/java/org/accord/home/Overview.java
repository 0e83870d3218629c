package org.accord.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.accord.history.ChangeGeneration;
import org.accord.history.RecordChanged;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How much is recorded, counted in one statement. Counting a million statistics takes a
 * while, so the counts are kept until any record changes through the portal (the history
 * says so) or {@link #FRESH_FOR} passes; the page says when they were counted.
 */
@Service
class Overview {

	static final Duration FRESH_FOR = Duration.ofMinutes(5);

	private static final String COUNTS = """
			select (select count(*) from institution where archived_at is null),
			       (select count(distinct country_code) from institution where archived_at is null),
			       (select count(*) from agreement where archived_at is null),
			       (select count(*) from office where archived_at is null),
			       (select count(*) from delegation where archived_at is null),
			       (select count(*) from exchange_statistic where archived_at is null)""";

	record Counts(long institutions, long countries, long agreements, long offices, long delegations, long statistics,
			Instant countedAt) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile Counts counts;

	private final ChangeGeneration generation;

	private final ChangeGeneration.Seen seen = new ChangeGeneration.Seen();

	Overview(JdbcTemplate jdbc, Clock clock, ChangeGeneration generation) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.generation = generation;
	}

	Counts counts() {
		if (!this.seen.isCurrent(this.generation.current())) {
			this.counts = null;
		}
		Counts kept = this.counts;
		Instant now = this.clock.instant();
		if (kept == null || kept.countedAt().plus(FRESH_FOR).isBefore(now)) {
			kept = this.jdbc.queryForObject(COUNTS, (row, n) -> new Counts(row.getLong(1), row.getLong(2),
					row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), now));
			this.counts = kept;
		}
		return kept;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void recordChanged(RecordChanged change) {
		this.counts = null;
	}

}
