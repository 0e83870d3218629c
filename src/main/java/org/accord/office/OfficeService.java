package org.accord.office;

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

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads offices with the institutions their pages show. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class OfficeService {

	private final ListPages pages;

	private final OfficeRepository offices;

	private final History history;

	private final Clock clock;

	OfficeService(OfficeRepository offices, History history, Clock clock, ListPages pages) {
		this.pages = pages;
		this.offices = offices;
		this.history = history;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	SaveOutcome create(OfficeForm form, OfficeFormCheck.Resolved resolved) {
		Office office = this.offices
			.save(new Office(form, resolved.opened(), resolved.owner(), resolved.host(), resolved.agreement()));
		this.history.created(RecordType.OFFICE, office.getId());
		return new SaveOutcome.Saved(office.getId());
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	SaveOutcome update(Long id, OfficeForm form, OfficeFormCheck.Resolved resolved) {
		Office office = details(id);
		OfficeForm saved = OfficeForm.from(office);
		Optional<SaveOutcome> stale = SaveOutcome.Conflict.ifStale(form.getVersion(), office.getVersion(),
				() -> saved.fields(), () -> form.fields());
		if (stale.isPresent()) {
			return stale.get();
		}
		office.update(form, resolved.opened(), resolved.owner(), resolved.host(), resolved.agreement());
		this.offices.flush();
		this.history.changed(RecordType.OFFICE, id, saved.fields(), OfficeForm.from(office).fields());
		return new SaveOutcome.Saved(id);
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void archive(Long id) {
		this.history.archive(RecordType.OFFICE, details(id));
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void restore(Long id) {
		this.history.restore(RecordType.OFFICE, details(id));
	}

	public List<RecordChange> history(Long id) {
		return this.history.of(RecordType.OFFICE, id);
	}

	/** Every record the filter selects, in the given order, for an export. */
	public void export(OfficeFilter filter, Sort sort, Consumer<Office> row) {
		this.pages.forEach(Office.class, OfficeSpecifications.matching(filter), sort, (batch) -> batch.forEach(row),
				"owner", "host");
	}

	public Page<Office> list(OfficeFilter filter, Pageable pageable) {
		return this.pages.find(this.offices, Office.class, filter, OfficeSpecifications.matching(filter), pageable,
				"owner", "host");
	}

	public Office details(Long id) {
		return this.offices.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException("office", id));
	}

	/** The first offices the institution runs or hosts, oldest first. */
	public FirstRows<Office> involving(Long institutionId) {
		return FirstRows.of(this.offices.findInvolving(institutionId, FirstRows.limit()));
	}

	public List<Office> setUpBy(Long agreementId) {
		return this.offices.findByAgreementIdOrderByName(agreementId);
	}

	/** The first of the records a source gave (an imported file may have given many). */
	public FirstRows<Office> fromSource(Long sourceId) {
		return FirstRows.fromSource(this.offices::findBySourceIdOrderByName, sourceId);
	}

	public long count() {
		return this.offices.countByArchivedAtIsNull();
	}

}
