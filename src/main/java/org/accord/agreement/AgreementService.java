package org.accord.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.accord.history.History;
import org.accord.history.RecordChange;
import org.accord.history.RecordType;
import org.accord.institution.Institution;
import org.accord.institution.InstitutionService;
import org.accord.record.FirstRows;
import org.accord.record.RecordNotFoundException;
import org.accord.record.SaveOutcome;
import org.accord.web.ListPages;
import org.hibernate.Hibernate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

	private final ListPages pages;

	private final AgreementRepository agreements;

	private final InstitutionService institutions;

	private final History history;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final ObjectProvider<AgreementContacts> contacts;

	AgreementService(AgreementRepository agreements, InstitutionService institutions, History history, Clock clock,
			ListPages pages, JdbcClient jdbc, ObjectProvider<AgreementContacts> contacts) {
		this.contacts = contacts;
		this.jdbc = jdbc;
		this.pages = pages;
		this.agreements = agreements;
		this.institutions = institutions;
		this.history = history;
		this.clock = clock;
	}

	/** Every record the filter selects, in the given order, for an export. */
	public void export(AgreementFilter filter, Sort sort, Consumer<Agreement> row) {
		this.pages.forEach(Agreement.class, AgreementSpecifications.matching(filter, LocalDate.now(this.clock)), sort,
				(batch) -> {
					batch.forEach((agreement) -> Hibernate.initialize(agreement.getParties()));
					batch.forEach(row);
				});
	}

	public Page<Agreement> list(AgreementFilter filter, Pageable pageable) {
		Page<Agreement> page = this.pages.find(this.agreements, Agreement.class, filter,
				AgreementSpecifications.matching(filter, LocalDate.now(this.clock)), pageable);
		// One batched query loads the parties of the whole page
		// (hibernate.default_batch_fetch_size).
		page.forEach((agreement) -> Hibernate.initialize(agreement.getParties()));
		return page;
	}

	public Agreement details(Long id) {
		return this.agreements.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException("agreement", id));
	}

	/** The latest agreements the institution is a party to, newest first. */
	public FirstRows<Agreement> ofParty(Long institutionId) {
		// The id is written into the statement (a number, never text) so that
		// PostgreSQL plans it for this institution. Bound as a parameter, one generic
		// plan served every institution after five runs: fine for a partner with three
		// agreements, 280 ms instead of 0.5 ms (EXPLAIN ANALYZE) for a home institution
		// with 15,000.
		List<Long> ids = this.jdbc
			.sql("""
					select a.id from agreement_party p join agreement a on a.id = p.agreement_id
					where p.institution_id = %d order by a.signed_date desc nulls last, a.id limit %d"""
				.formatted(institutionId, FirstRows.SHOWN + 1))
			.query(Long.class)
			.list();
		Map<Long, Agreement> byId = new HashMap<>();
		this.agreements.findWithPartiesByIdIn(ids).forEach((agreement) -> byId.put(agreement.getId(), agreement));
		return FirstRows.of(ids.stream().map(byId::get).toList());
	}

	public List<Agreement> signedDuring(Long delegationId) {
		return this.agreements.findByDelegationIdOrderByReference(delegationId);
	}

	/** The first of the records a source gave (an imported file may have given many). */
	public FirstRows<Agreement> fromSource(Long sourceId) {
		return FirstRows.fromSource(this.agreements::findBySourceIdOrderByReference, sourceId);
	}

	public List<Agreement> latest(int count) {
		List<Agreement> latest = this.agreements.findLatest(PageRequest.of(0, count));
		latest.forEach((agreement) -> Hibernate.initialize(agreement.getParties()));
		return latest;
	}

	/**
	 * Saves a new agreement under a new reference, AGR-year-number, with a new party if
	 * the form has one.
	 */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	SaveOutcome create(AgreementForm form, AgreementFormCheck.Resolved resolved) {
		if (!form.isConfirmedNew() && resolved.signed() != null && !resolved.includesNewParty()) {
			List<Agreement> same = this.agreements.findSameKindDateAndParties(form.getKind(),
					resolved.signed().getDate(), resolved.parties().stream().map(Institution::getId).toList(),
					resolved.parties().size());
			if (!same.isEmpty()) {
				return new SaveOutcome.ProbableDuplicates(same);
			}
		}
		int year = (resolved.signed() != null) ? resolved.signed().getYear() : LocalDate.now(this.clock).getYear();
		Agreement agreement = new Agreement(String.format("AGR-%d-%03d", year, this.agreements.nextReferenceNumber()));
		apply(agreement, form, resolved);
		this.agreements.save(agreement);
		this.history.created(RecordType.AGREEMENT, agreement.getId());
		if (resolved.contact() != null) {
			this.agreements.flush();
			this.contacts.getObject()
				.attach(agreement.getId(), resolved.parties().stream().map(Institution::getId).toList(),
						resolved.contact());
		}
		return new SaveOutcome.Saved(agreement.getId());
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	SaveOutcome update(Long id, AgreementForm form, AgreementFormCheck.Resolved resolved) {
		Agreement agreement = details(id);
		AgreementForm saved = AgreementForm.from(agreement);
		Optional<SaveOutcome> stale = SaveOutcome.Conflict.ifStale(form.getVersion(), agreement.getVersion(),
				() -> saved.fields(), () -> form.fields());
		if (stale.isPresent()) {
			return stale.get();
		}
		apply(agreement, form, resolved);
		this.agreements.flush();
		this.history.changed(RecordType.AGREEMENT, id, saved.fields(), AgreementForm.from(agreement).fields());
		return new SaveOutcome.Saved(id);
	}

	/**
	 * Makes a draft or negotiated agreement active; false when it has no signing date
	 * yet.
	 */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void activate(Long id, Long version) {
		Agreement agreement = current(id, version);
		Map<String, String> before = AgreementForm.from(agreement).fields();
		agreement.activate();
		this.history.changed(RecordType.AGREEMENT, id, before, AgreementForm.from(agreement).fields());
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void terminate(Long id, Long version, LocalDate on, String reason) {
		Agreement agreement = current(id, version);
		Map<String, String> before = AgreementForm.from(agreement).fields();
		before.put("agreement.termination", null);
		agreement.terminate(on, reason);
		Map<String, String> after = AgreementForm.from(agreement).fields();
		after.put("agreement.termination", on + ": " + reason.strip());
		this.history.changed(RecordType.AGREEMENT, id, before, after);
	}

	/** Creates the draft successor of an agreement; returns its id. */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public Long renew(Long id, Long version, LocalDate from, LocalDate until) {
		Agreement agreement = current(id, version);
		Map<String, String> before = AgreementForm.from(agreement).fields();
		boolean renewedAlready = !this.agreements.findByPredecessorIdOrderByReference(id).isEmpty();
		Agreement successor = this.agreements
			.save(agreement.renew(String.format("AGR-%d-%03d", from.getYear(), this.agreements.nextReferenceNumber()),
					from, until, renewedAlready));
		this.history.changed(RecordType.AGREEMENT, id, before, AgreementForm.from(agreement).fields());
		this.history.created(RecordType.AGREEMENT, successor.getId());
		return successor.getId();
	}

	/**
	 * The agreement as the lifecycle form saw it: when the form sent the version it was
	 * loaded with and someone saved the agreement since, nothing is changed (409).
	 */
	private Agreement current(Long id, Long version) {
		Agreement agreement = details(id);
		if (version != null && version != agreement.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Agreement.class, id);
		}
		return agreement;
	}

	public Optional<Agreement> byReference(String reference) {
		return this.agreements.findByReferenceIgnoreCase(reference.strip());
	}

	public List<Agreement> successors(Long id) {
		return this.agreements.findByPredecessorIdOrderByReference(id);
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void archive(Long id) {
		this.history.archive(RecordType.AGREEMENT, details(id));
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void restore(Long id) {
		this.history.restore(RecordType.AGREEMENT, details(id));
	}

	public List<RecordChange> history(Long id) {
		return this.history.of(RecordType.AGREEMENT, id);
	}

	private void apply(Agreement agreement, AgreementForm form, AgreementFormCheck.Resolved resolved) {
		List<Institution> parties = new ArrayList<>(resolved.parties());
		Institution newParty = null;
		if (resolved.includesNewParty()) {
			newParty = this.institutions.createParty(form.getNewParty().getNameEn().strip(),
					form.getNewParty().getCountryCode(), form.getNewParty().getKind());
			parties.add(newParty);
		}
		List<Signatory> signatories = new ArrayList<>();
		for (AgreementFormCheck.ResolvedSignatory s : resolved.signatories()) {
			signatories.add(new Signatory((s.party() != null) ? s.party() : newParty, s.name(), s.role()));
		}
		agreement.update(form, resolved.signed(), parties, signatories);
	}

	public long count() {
		return this.agreements.countByArchivedAtIsNull();
	}

}
