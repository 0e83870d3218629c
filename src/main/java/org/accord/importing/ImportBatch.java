package org.accord.importing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An uploaded file and where its import stands: checked into a preview, then imported
 * (all rows or none) once the uploader confirms.
 */
@Entity
public class ImportBatch {

	public enum Status {

		CHECKING, CHECKED, REFUSED, IMPORTING, IMPORTED, FAILED, DISCARDED;

		public String getMessageKey() {
			return "import.status." + name();
		}

		public boolean isWorking() {
			return this == CHECKING || this == IMPORTING;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ImportKind kind;

	@Enumerated(EnumType.STRING)
	private ImportFormat format;

	private String fileName;

	private String uploadedBy;

	private Instant uploadedAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int totalRows;

	private int createRows;

	private int updateRows;

	private int problemRows;

	private String message;

	private Long sourceId;

	private Instant finishedAt;

	@Version
	private long version;

	protected ImportBatch() {
	}

	ImportBatch(ImportKind kind, ImportFormat format, String fileName, String uploadedBy, Instant uploadedAt) {
		this.kind = kind;
		this.format = format;
		this.fileName = fileName;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
		this.status = Status.CHECKING;
	}

	void checked(int total, int creates, int updates, int problems) {
		this.status = Status.CHECKED;
		this.totalRows = total;
		this.createRows = creates;
		this.updateRows = updates;
		this.problemRows = problems;
	}

	void refused(String message, Instant at) {
		this.status = Status.REFUSED;
		this.message = message;
		this.finishedAt = at;
	}

	void importing() {
		this.status = Status.IMPORTING;
	}

	void imported(Long sourceId, Instant at) {
		this.status = Status.IMPORTED;
		this.sourceId = sourceId;
		this.finishedAt = at;
	}

	void failed(String message, Instant at) {
		this.status = Status.FAILED;
		this.message = message;
		this.finishedAt = at;
	}

	void discarded(Instant at) {
		this.status = Status.DISCARDED;
		this.finishedAt = at;
	}

	/** Ready to import: checked, and not one row with a problem. */
	public boolean isReady() {
		return this.status == Status.CHECKED && this.problemRows == 0 && this.totalRows > 0;
	}

	public Long getId() {
		return this.id;
	}

	public ImportKind getKind() {
		return this.kind;
	}

	public ImportFormat getFormat() {
		return this.format;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public Status getStatus() {
		return this.status;
	}

	public int getTotalRows() {
		return this.totalRows;
	}

	public int getCreateRows() {
		return this.createRows;
	}

	public int getUpdateRows() {
		return this.updateRows;
	}

	public int getProblemRows() {
		return this.problemRows;
	}

	public String getMessage() {
		return this.message;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
