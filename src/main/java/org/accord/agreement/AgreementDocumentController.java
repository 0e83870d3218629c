package org.accord.agreement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.accord.web.Flash;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AgreementDocumentController {

	private final AgreementDocumentService documents;

	AgreementDocumentController(AgreementDocumentService documents) {
		this.documents = documents;
	}

	/**
	 * A refused file comes back to the agreement's page with the reason, and the
	 * description kept.
	 */
	@PostMapping("/agreements/{id}/documents")
	String upload(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String description, RedirectAttributes redirect) throws IOException {
		Optional<String> problem = (file == null) ? Optional.of("document.error.empty")
				: this.documents.attach(id, file.getOriginalFilename(), file.getBytes(), description);
		if (problem.isPresent()) {
			redirect.addFlashAttribute("documentError", problem.get());
			redirect.addFlashAttribute("documentDescription", description);
		}
		else {
			Flash.success(redirect, "document.flash.attached");
		}
		return "redirect:/agreements/" + id + "#documents";
	}

	@GetMapping("/agreements/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long documentId) {
		AgreementDocument document = this.documents.get(id, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.getMediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document.getContent());
	}

}
