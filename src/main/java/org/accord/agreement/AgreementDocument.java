package org.accord.agreement;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A file attached to an agreement: the signed agreement itself, or another document. */
@Entity
public class AgreementDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long agreementId;

	private String fileName;

	private String mediaType;

	private long sizeBytes;

	private String description;

	/** Loaded only to download: pages read {@link DocumentSummary} instead. */
	private byte[] content;

	private String uploadedBy;

	private Instant uploadedAt;

	protected AgreementDocument() {
	}

	AgreementDocument(Long agreementId, String fileName, String mediaType, byte[] content, String description,
			String uploadedBy, Instant uploadedAt) {
		this.agreementId = agreementId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.content = content;
		this.description = description;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAgreementId() {
		return this.agreementId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public byte[] getContent() {
		return this.content;
	}

}
