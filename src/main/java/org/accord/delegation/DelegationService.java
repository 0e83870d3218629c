package org.accord.delegation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.accord.history.History;
import org.accord.history.RecordChange;
import org.accord.history.RecordType;
import org.accord.record.FirstRows;
import org.accord.record.RecordNotFoundException;
import org.accord.record.SaveOutcome;
import org.accord.web.ListPages;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads delegations with the associations their pages show. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class DelegationService {

	private final ListPages pages;

	private final DelegationRepository delegations;

	private final History history;

	private final Clock clock;

	DelegationService(DelegationRepository delegations, History history, Clock clock, ListPages pages) {
		this.pages = pages;
		this.delegations = delegations;
		this.history = history;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	SaveOutcome create(DelegationForm form, DelegationFormCheck.Resolved resolved) {
		Delegation delegation = this.delegations.save(new Delegation(form, resolved.home(), resolved.participants()));
		this.history.created(RecordType.DELEGATION, delegation.getId());
		return new SaveOutcome.Saved(delegation.getId());
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	SaveOutcome update(Long id, DelegationForm form, DelegationFormCheck.Resolved resolved) {
		Delegation delegation = details(id);
		DelegationForm saved = DelegationForm.from(delegation);
		Optional<SaveOutcome> stale = SaveOutcome.Conflict.ifStale(form.getVersion(), delegation.getVersion(),
				() -> saved.fields(), () -> form.fields());
		if (stale.isPresent()) {
			return stale.get();
		}
		delegation.update(form, resolved.home(), resolved.participants());
		this.delegations.flush();
		this.history.changed(RecordType.DELEGATION, id, saved.fields(), DelegationForm.from(delegation).fields());
		return new SaveOutcome.Saved(id);
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void archive(Long id) {
		this.history.archive(RecordType.DELEGATION, details(id));
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void restore(Long id) {
		this.history.restore(RecordType.DELEGATION, details(id));
	}

	public List<RecordChange> history(Long id) {
		return this.history.of(RecordType.DELEGATION, id);
	}

	/** Every record the filter selects, in the given order, for an export. */
	public void export(DelegationFilter filter, Sort sort, Consumer<Delegation> row) {
		this.pages.forEach(Delegation.class, DelegationSpecifications.matching(filter), sort, (batch) -> {
			batch.forEach((delegation) -> Hibernate.initialize(delegation.getParticipants()));
			batch.forEach(row);
		}, "homeInstitution");
	}

	public Page<Delegation> list(DelegationFilter filter, Pageable pageable) {
		Page<Delegation> page = this.pages.find(this.delegations, Delegation.class, filter,
				DelegationSpecifications.matching(filter), pageable, "homeInstitution");
		page.forEach((delegation) -> Hibernate.initialize(delegation.getParticipants()));
		return page;
	}

	public Delegation details(Long id) {
		return this.delegations.findWithDetailsById(id)
			.orElseThrow(() -> new RecordNotFoundException("delegation", id));
	}

	/** The latest delegations the institution sent, received or took part in. */
	public FirstRows<Delegation> involving(Long institutionId) {
		return FirstRows.of(this.delegations.findInvolving(institutionId, FirstRows.SHOWN + 1));
	}

	/** The first of the records a source gave (an imported file may have given many). */
	public FirstRows<Delegation> fromSource(Long sourceId) {
		return FirstRows.fromSource(this.delegations::findBySourceIdOrderByStartsOn, sourceId);
	}

	public List<Delegation> latest(int count) {
		return this.delegations.findLatest(PageRequest.of(0, count));
	}

	public long count() {
		return this.delegations.countByArchivedAtIsNull();
	}

}
