package org.accord.operations;

import java.time.Instant;

import org.accord.model.ByteSize;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The figures an operator checks: the database's size on disk, the documents it holds,
 * and the last backup that {@code src/ops/backup.sh} reported.
 */
@Service
public class OperationsStatus {

	private final JdbcClient jdbc;

	OperationsStatus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the operations page shows. */
	public record Status(long databaseBytes, long documentCount, long documentBytes, Backup lastBackup) {

		public String getDatabaseSize() {
			return ByteSize.text(this.databaseBytes);
		}

		public String getDocumentSize() {
			return ByteSize.text(this.documentBytes);
		}

	}

	/** One backup as the backup script reported it. */
	public record Backup(Instant takenAt, String fileName, long sizeBytes, long durationMs) {

		public String getSize() {
			return ByteSize.text(this.sizeBytes);
		}

	}

	@PreAuthorize("hasRole('ADMIN')")
	public Status read() {
		long databaseBytes = this.jdbc.sql("select pg_database_size(current_database())").query(Long.class).single();
		record Documents(long count, long bytes) {
		}
		Documents documents = this.jdbc
			.sql("select count(*) as count, coalesce(sum(size_bytes), 0) as bytes from agreement_document")
			.query(Documents.class)
			.single();
		Backup last = this.jdbc.sql("""
				select taken_at, file_name, size_bytes, duration_ms from backup_report
				order by taken_at desc, id desc limit 1""").query(Backup.class).optional().orElse(null);
		return new Status(databaseBytes, documents.count(), documents.bytes(), last);
	}

}
