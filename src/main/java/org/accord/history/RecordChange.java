package org.accord.history;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One line of a record's history: created, one field changed, archived or restored. */
@Entity
public class RecordChange {

	public enum Action {

		CREATED, CHANGED, ARCHIVED, RESTORED;

		public String getMessageKey() {
			return "history.action." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private RecordType recordType;

	private Long recordId;

	@Enumerated(EnumType.STRING)
	private Action action;

	/** The message key of the field's label. */
	private String field;

	private String oldValue;

	private String newValue;

	private String changedBy;

	private Instant changedAt;

	protected RecordChange() {
	}

	RecordChange(RecordType recordType, Long recordId, Action action, String field, String oldValue, String newValue,
			String changedBy, Instant changedAt) {
		this.recordType = recordType;
		this.recordId = recordId;
		this.action = action;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public RecordType getRecordType() {
		return this.recordType;
	}

	public Action getAction() {
		return this.action;
	}

	public String getField() {
		return this.field;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
