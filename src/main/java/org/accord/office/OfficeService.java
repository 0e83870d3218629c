package org.accord.office;

import java.util.List;

import org.accord.web.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads offices with the institutions their pages show. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class OfficeService {

	private final OfficeRepository offices;

	OfficeService(OfficeRepository offices) {
		this.offices = offices;
	}

	/**
	 * The first matches of the text, for the search over all kinds: a slice, so that no
	 * count query runs.
	 */
	public Slice<Office> search(String text, int limit) {
		return this.offices.findBy(OfficeSpecifications.matching(OfficeFilter.text(text)),
				(query) -> query.sortBy(Sort.by("name").and(Sort.by("id"))).slice(PageRequest.of(0, limit)));
	}

	public Page<Office> list(OfficeFilter filter, Pageable pageable) {
		return this.offices.findAll(OfficeSpecifications.matching(filter), pageable);
	}

	public Office details(Long id) {
		return this.offices.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException("office", id));
	}

	public List<Office> involving(Long institutionId) {
		return this.offices.findInvolving(institutionId);
	}

	public List<Office> setUpBy(Long agreementId) {
		return this.offices.findByAgreementIdOrderByName(agreementId);
	}

	public List<Office> fromSource(Long sourceId) {
		return this.offices.findBySourceIdOrderByName(sourceId);
	}

	public long count() {
		return this.offices.count();
	}

}
