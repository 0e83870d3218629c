package org.accord.institution;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.accord.history.ChangeGeneration;
import org.accord.history.RecordChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The countries of the recorded institutions, sorted, as every list's country filter
 * offers them: read once and kept until a record changes.
 */
@Component
class CountryCodes {

	private final InstitutionRepository institutions;

	private volatile List<String> codes;

	/**
	 * Bumped by every change, so that a list read before a change is not kept after it.
	 */
	private final AtomicLong generation = new AtomicLong();

	private final ChangeGeneration changes;

	private final ChangeGeneration.Seen seen = new ChangeGeneration.Seen();

	CountryCodes(InstitutionRepository institutions, ChangeGeneration changes) {
		this.institutions = institutions;
		this.changes = changes;
	}

	List<String> get() {
		if (!this.seen.isCurrent(this.changes.current())) {
			recordChanged(null);
		}
		List<String> kept = this.codes;
		if (kept == null) {
			long readAt = this.generation.get();
			kept = this.institutions.findCountryCodes().stream().sorted().toList();
			synchronized (this) {
				if (this.generation.get() == readAt) {
					this.codes = kept;
				}
			}
		}
		return kept;
	}

	@TransactionalEventListener(fallbackExecution = true)
	synchronized void recordChanged(RecordChanged change) {
		this.generation.incrementAndGet();
		this.codes = null;
	}

}
