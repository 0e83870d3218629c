package org.accord.delegation;

import java.util.List;

import org.accord.web.RecordNotFoundException;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads delegations with the associations their pages show. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class DelegationService {

	private final DelegationRepository delegations;

	DelegationService(DelegationRepository delegations) {
		this.delegations = delegations;
	}

	/**
	 * The first matches of the text, for the search over all kinds: a slice, so that no
	 * count query runs.
	 */
	public Slice<Delegation> search(String text, int limit) {
		return this.delegations.findBy(DelegationSpecifications.matching(DelegationFilter.text(text)),
				(query) -> query.sortBy(Sort.by(Sort.Direction.DESC, "startsOn").and(Sort.by("id")))
					.slice(PageRequest.of(0, limit)));
	}

	public Page<Delegation> list(DelegationFilter filter, Pageable pageable) {
		Page<Delegation> page = this.delegations.findAll(DelegationSpecifications.matching(filter), pageable);
		page.forEach((delegation) -> Hibernate.initialize(delegation.getParticipants()));
		return page;
	}

	public Delegation details(Long id) {
		return this.delegations.findWithDetailsById(id)
			.orElseThrow(() -> new RecordNotFoundException("delegation", id));
	}

	public List<Delegation> involving(Long institutionId) {
		return this.delegations.findInvolving(institutionId);
	}

	public List<Delegation> fromSource(Long sourceId) {
		return this.delegations.findBySourceIdOrderByStartsOn(sourceId);
	}

	public List<Delegation> latest(int count) {
		return this.delegations.findLatest(PageRequest.of(0, count));
	}

	public long count() {
		return this.delegations.count();
	}

}
