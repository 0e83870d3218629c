package org.accord.source;

import java.time.Instant;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.accord.history.Archivable;

/**
 * What every record staff keep has in common: its id, its version (optimistic locking:
 * concurrent edits never overwrite each other), the source it was recorded from, and
 * whether (since when) it is archived. Records are archived, never deleted from the
 * forms; {@code history.History#archive} archives one with its history entry. It lives
 * here, at the bottom of the packages, because every record names its source.
 */
@MappedSuperclass
public abstract class SourcedRecord implements Archivable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	private Instant archivedAt;

	@Version
	private long version;

	@Override
	public Long getId() {
		return this.id;
	}

	public Source getSource() {
		return this.source;
	}

	public Instant getArchivedAt() {
		return this.archivedAt;
	}

	@Override
	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public long getVersion() {
		return this.version;
	}

	/** Hidden from lists by default from now on; restorable. */
	@Override
	public void archive(Instant when) {
		this.archivedAt = when;
	}

	@Override
	public void restore() {
		this.archivedAt = null;
	}

	/** A typed text as a record keeps it: stripped, and null when blank. */
	protected static String tidy(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
