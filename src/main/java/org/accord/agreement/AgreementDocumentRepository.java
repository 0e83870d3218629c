package org.accord.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AgreementDocumentRepository extends Repository<AgreementDocument, Long> {

	AgreementDocument save(AgreementDocument document);

	Optional<AgreementDocument> findByIdAndAgreementId(Long id, Long agreementId);

	@Query("""
			select new org.accord.agreement.DocumentSummary(d.id, d.fileName, d.mediaType,
			    d.sizeBytes, d.description, d.uploadedBy, d.uploadedAt)
			from AgreementDocument d where d.agreementId = :agreementId order by d.uploadedAt, d.id""")
	List<DocumentSummary> findSummaries(Long agreementId);

}
