package org.accord.agreement;

import java.time.Instant;

import org.accord.model.ByteSize;

/** What an agreement's page lists about a document, without its content. */
public record DocumentSummary(Long id, String fileName, String mediaType, long sizeBytes, String description,
		String uploadedBy, Instant uploadedAt) {

	public String getSizeText() {
		return ByteSize.text(this.sizeBytes);
	}

}
