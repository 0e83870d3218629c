package org.accord.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The imports' upkeep, on every node and apart from what staff do with them: the
 * heartbeat of the imports this node runs, failing those whose node stopped, and purging
 * old files and preview rows.
 */
@Component
public class ImportHousekeeping {

	/** How often a running import's node writes its heartbeat. */
	static final Duration HEARTBEAT = Duration.ofSeconds(5);

	/** The advisory lock that lets one node purge at a time (any number, fixed). */
	static final long PURGE_LOCK = 0x4143434f52440001L;

	private static final Log logger = LogFactory.getLog(ImportHousekeeping.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ImportProgress progress;

	private final Clock clock;

	/** How long an import's file and preview rows are kept once it is over. */
	private final Duration retention;

	ImportHousekeeping(JdbcTemplate jdbc, PlatformTransactionManager transactions, ImportProgress progress, Clock clock,
			@Value("${accord.import.retention:P30D}") Duration retention) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.progress = progress;
		this.clock = clock;
		this.retention = retention;
	}

	/**
	 * The heartbeat of the imports this node runs: how far each got, and that it is
	 * alive. Written in a statement of its own (an import writes its rows in one long
	 * transaction, which others cannot see into).
	 */
	@Scheduled(fixedDelay = 5, timeUnit = TimeUnit.SECONDS)
	@PreAuthorize("permitAll()")
	public void beat() {
		this.progress.forEach((id, done) -> this.jdbc.update(
				"update import_batch set heartbeat_at = ?, rows_done = ? where id = ? and status in ('CHECKING', 'IMPORTING')",
				Timestamp.from(this.clock.instant()), done, id));
	}

	/**
	 * Imports whose node stopped beating (it was stopped or died) did not finish: they
	 * say so. Runs on every node at start and every minute; an import another node is
	 * running keeps its heartbeat fresh and is left alone.
	 */
	@Scheduled(fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
	@PreAuthorize("permitAll()")
	public int failAbandoned() {
		Instant stale = this.clock.instant().minus(HEARTBEAT.multipliedBy(6));
		int failed = this.jdbc.update("""
				update import_batch set status = 'FAILED', message = ?, finished_at = ?, version = version + 1
				where status in ('CHECKING', 'IMPORTING') and (heartbeat_at is null or heartbeat_at < ?)""",
				new ImportRefused("import.failed.interrupted").stored(), Timestamp.from(this.clock.instant()),
				Timestamp.from(stale));
		if (failed > 0) {
			logger.warn(failed + " imports stopped beating (their portal node stopped) and are marked failed");
		}
		return failed;
	}

	/**
	 * Removes the files and preview rows of imports finished (imported, refused, failed,
	 * discarded) before the retention period, and discards checked files nobody confirmed
	 * within it, so that the database does not grow with every upload. The batches stay,
	 * as the record of who imported what. Runs daily; returns how many batches it
	 * emptied.
	 */
	@Scheduled(cron = "${accord.import.purge-cron:0 30 3 * * *}")
	@PreAuthorize("permitAll()")
	public int purge() {
		Instant before = this.clock.instant().minus(this.retention);
		return this.transaction.execute((status) -> {
			// With several nodes, one purges; the others find the lock taken and leave
			// it.
			if (!Boolean.TRUE
				.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, PURGE_LOCK))) {
				return 0;
			}
			this.jdbc.update("""
					update import_batch set status = 'DISCARDED', finished_at = ?, version = version + 1
					where status = 'CHECKED' and uploaded_at < ?""", Timestamp.from(this.clock.instant()),
					Timestamp.from(before));
			List<Long> emptied = this.jdbc.queryForList("""
					select id from import_batch b
					where status in ('IMPORTED', 'REFUSED', 'FAILED', 'DISCARDED') and uploaded_at < ?
					  and (exists (select 1 from import_file f where f.batch_id = b.id)
					       or exists (select 1 from import_row r where r.batch_id = b.id))""", Long.class,
					Timestamp.from(before));
			Long[] ids = emptied.toArray(Long[]::new);
			this.jdbc.update("delete from import_row where batch_id = any(?)", (Object) ids);
			this.jdbc.update("delete from import_file where batch_id = any(?)", (Object) ids);
			if (!emptied.isEmpty()) {
				logger.info("Purged the files and rows of " + emptied.size() + " imports older than " + this.retention);
			}
			return emptied.size();
		});
	}

}
