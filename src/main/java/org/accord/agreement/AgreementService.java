package org.accord.agreement;

import java.util.List;

import org.accord.web.RecordNotFoundException;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads agreements with the associations their pages show, so that no page loads lazily.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class AgreementService {

	private final AgreementRepository agreements;

	AgreementService(AgreementRepository agreements) {
		this.agreements = agreements;
	}

	public Page<Agreement> list(AgreementFilter filter, Pageable pageable) {
		Page<Agreement> page = this.agreements.findAll(AgreementSpecifications.matching(filter), pageable);
		// One batched query loads the parties of the whole page
		// (hibernate.default_batch_fetch_size).
		page.forEach((agreement) -> Hibernate.initialize(agreement.getParties()));
		return page;
	}

	public Agreement details(Long id) {
		return this.agreements.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException("agreement", id));
	}

	public List<Agreement> ofParty(Long institutionId) {
		return this.agreements.findByParty(institutionId);
	}

	public List<Agreement> signedDuring(Long delegationId) {
		return this.agreements.findByDelegationIdOrderByReference(delegationId);
	}

	public List<Agreement> fromSource(Long sourceId) {
		return this.agreements.findBySourceIdOrderByReference(sourceId);
	}

	public List<Agreement> latest(int count) {
		List<Agreement> latest = this.agreements.findLatest(PageRequest.of(0, count));
		latest.forEach((agreement) -> Hibernate.initialize(agreement.getParties()));
		return latest;
	}

	public long count() {
		return this.agreements.count();
	}

}
