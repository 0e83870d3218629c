package org.accord.agreement;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.history.History;
import org.accord.history.RecordType;
import org.accord.record.RecordNotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files attached to agreements, checked by content and kept in PostgreSQL. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class AgreementDocumentService {

	private final AgreementDocumentRepository documents;

	private final AgreementRepository agreements;

	private final History history;

	private final Clock clock;

	AgreementDocumentService(AgreementDocumentRepository documents, AgreementRepository agreements, History history,
			Clock clock) {
		this.documents = documents;
		this.agreements = agreements;
		this.history = history;
		this.clock = clock;
	}

	public List<DocumentSummary> of(Long agreementId) {
		return this.documents.findSummaries(agreementId);
	}

	AgreementDocument get(Long agreementId, Long documentId) {
		return this.documents.findByIdAndAgreementId(documentId, agreementId)
			.orElseThrow(() -> new RecordNotFoundException("document", documentId));
	}

	/**
	 * Attaches a file, or says why not: the message key of the problem (empty, too large,
	 * not a PDF, PNG or JPEG by its content).
	 */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	Optional<String> attach(Long agreementId, String fileName, byte[] content, String description) {
		if (!this.agreements.existsById(agreementId)) {
			throw new RecordNotFoundException("agreement", agreementId);
		}
		if (content.length == 0) {
			return Optional.of("document.error.empty");
		}
		if (content.length > DocumentTypes.MAX_BYTES) {
			return Optional.of("document.error.tooLarge");
		}
		Optional<String> type = DocumentTypes.detect(content);
		if (type.isEmpty()) {
			return Optional.of("document.error.type");
		}
		String name = safeName(fileName, type.get());
		this.documents.save(new AgreementDocument(agreementId, name, type.get(), content,
				(description == null || description.isBlank()) ? null : description.strip(),
				SecurityContextHolder.getContext().getAuthentication().getName(), this.clock.instant()));
		this.history.changed(RecordType.AGREEMENT, agreementId, Map.of(), Map.of("agreement.documents", name));
		return Optional.empty();
	}

	/**
	 * The name the file is offered under: the uploaded name without any folder or control
	 * characters.
	 */
	private static String safeName(String fileName, String mediaType) {
		String name = (fileName == null) ? ""
				: fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "document" + switch (mediaType) {
				case "application/pdf" -> ".pdf";
				case "image/png" -> ".png";
				default -> ".jpg";
			};
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

}
