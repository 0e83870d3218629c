package org.accord.history;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of every record that staff edit, attributed to the signed-in user. Changes
 * are recorded field by field from before-and-after snapshots (field label key to shown
 * value), in the transaction of the change itself: no history without the change, no
 * change without its history.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class History {

	private final RecordChangeRepository changes;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	History(RecordChangeRepository changes, Clock clock, ApplicationEventPublisher events) {
		this.changes = changes;
		this.clock = clock;
		this.events = events;
	}

	public void created(RecordType type, Long id) {
		save(type, id, RecordChange.Action.CREATED, null, null, null);
	}

	/**
	 * Records one line per field whose shown value differs; returns how many fields
	 * changed.
	 */
	public int changed(RecordType type, Long id, Map<String, String> before, Map<String, String> after) {
		int count = 0;
		Instant now = this.clock.instant();
		for (Map.Entry<String, String> field : after.entrySet()) {
			String old = before.get(field.getKey());
			if (!Objects.equals(blankToNull(old), blankToNull(field.getValue()))) {
				this.changes.save(new RecordChange(type, id, RecordChange.Action.CHANGED, field.getKey(), old,
						field.getValue(), user(), now));
				count++;
				this.events.publishEvent(new RecordChanged(type, id));
			}
		}
		return count;
	}

	/**
	 * Archives the record, with its history entry; an archived one stays as it is. The
	 * one way every record is archived.
	 */
	public void archive(RecordType type, Archivable record) {
		if (!record.isArchived()) {
			record.archive(this.clock.instant());
			archived(type, record.getId());
		}
	}

	/** Restores an archived record, with its history entry. */
	public void restore(RecordType type, Archivable record) {
		if (record.isArchived()) {
			record.restore();
			restored(type, record.getId());
		}
	}

	public void archived(RecordType type, Long id) {
		save(type, id, RecordChange.Action.ARCHIVED, null, null, null);
	}

	public void restored(RecordType type, Long id) {
		save(type, id, RecordChange.Action.RESTORED, null, null, null);
	}

	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public List<RecordChange> of(RecordType type, Long id) {
		return this.changes.findByRecordTypeAndRecordIdOrderByChangedAtDescIdDesc(type, id);
	}

	private void save(RecordType type, Long id, RecordChange.Action action, String field, String oldValue,
			String newValue) {
		this.changes.save(new RecordChange(type, id, action, field, oldValue, newValue, user(), this.clock.instant()));
		this.events.publishEvent(new RecordChanged(type, id));
	}

	private static String user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
