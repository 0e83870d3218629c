package org.accord.agreement;

import java.time.Instant;

/** What an agreement's page lists about a document, without its content. */
public record DocumentSummary(Long id, String fileName, String mediaType, long sizeBytes, String description,
		String uploadedBy, Instant uploadedAt) {

	public String getSizeText() {
		if (this.sizeBytes < 1024) {
			return this.sizeBytes + " B";
		}
		if (this.sizeBytes < 1024 * 1024) {
			return (this.sizeBytes / 1024) + " KB";
		}
		return String.format("%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
	}

}
