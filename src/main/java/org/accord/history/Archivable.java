package org.accord.history;

import java.time.Instant;

/**
 * A record that is archived rather than deleted, and restored: what
 * {@link History#archive} and {@link History#restore} need of it
 * ({@code source.SourcedRecord} is every such record).
 */
public interface Archivable {

	Long getId();

	boolean isArchived();

	void archive(Instant when);

	void restore();

}
