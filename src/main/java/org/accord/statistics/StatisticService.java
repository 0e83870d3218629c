package org.accord.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
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

/** Reads exchange statistics with the institutions their pages show. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class StatisticService {

	private static final Comparator<ExchangeStatistic> LATEST_FIRST = Comparator
		.comparing(ExchangeStatistic::getPeriodYear, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing((ExchangeStatistic statistic) -> statistic.getMeasure().name())
		.thenComparing(ExchangeStatistic::getId);

	private final ListPages pages;

	private final ExchangeStatisticRepository statistics;

	private final History history;

	private final Clock clock;

	StatisticService(ExchangeStatisticRepository statistics, History history, Clock clock, ListPages pages) {
		this.pages = pages;
		this.statistics = statistics;
		this.history = history;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	SaveOutcome create(StatisticForm form, StatisticFormCheck.Resolved resolved) {
		ExchangeStatistic statistic = this.statistics
			.save(new ExchangeStatistic(form, resolved.institution(), resolved.partner(), resolved.asOf()));
		this.history.created(RecordType.STATISTIC, statistic.getId());
		return new SaveOutcome.Saved(statistic.getId());
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	SaveOutcome update(Long id, StatisticForm form, StatisticFormCheck.Resolved resolved) {
		ExchangeStatistic statistic = details(id);
		StatisticForm saved = StatisticForm.from(statistic);
		Optional<SaveOutcome> stale = SaveOutcome.Conflict.ifStale(form.getVersion(), statistic.getVersion(),
				() -> saved.fields(), () -> form.fields());
		if (stale.isPresent()) {
			return stale.get();
		}
		statistic.update(form, resolved.institution(), resolved.partner(), resolved.asOf());
		this.statistics.flush();
		this.history.changed(RecordType.STATISTIC, id, saved.fields(), StatisticForm.from(statistic).fields());
		return new SaveOutcome.Saved(id);
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void archive(Long id) {
		this.history.archive(RecordType.STATISTIC, details(id));
	}

	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void restore(Long id) {
		this.history.restore(RecordType.STATISTIC, details(id));
	}

	public List<RecordChange> history(Long id) {
		return this.history.of(RecordType.STATISTIC, id);
	}

	/** Every record the filter selects, in the given order, for an export. */
	public void export(StatisticFilter filter, Sort sort, Consumer<ExchangeStatistic> row) {
		this.pages.forEach(ExchangeStatistic.class, StatisticSpecifications.matching(filter), sort,
				(batch) -> batch.forEach(row), "institution", "partnerInstitution");
	}

	public Page<ExchangeStatistic> list(StatisticFilter filter, Pageable pageable) {
		return this.pages.find(this.statistics, ExchangeStatistic.class, filter,
				StatisticSpecifications.matching(filter), pageable, "institution", "partnerInstitution");
	}

	public ExchangeStatistic details(Long id) {
		return this.statistics.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException("statistic", id));
	}

	/** The latest figures about the institution or naming it as the partner. */
	public FirstRows<ExchangeStatistic> involving(Long institutionId) {
		// Two index reads, one per side, merged: an "or" of the sides would sort every
		// row.
		List<ExchangeStatistic> both = new ArrayList<>(
				this.statistics.findLatestAbout(institutionId, FirstRows.limit()));
		this.statistics.findLatestWithPartner(institutionId, FirstRows.limit())
			.stream()
			.filter((statistic) -> !both.contains(statistic))
			.forEach(both::add);
		both.sort(LATEST_FIRST);
		return FirstRows.of(both.subList(0, Math.min(both.size(), FirstRows.SHOWN + 1)));
	}

	/** The first of the records a source gave (an imported file may have given many). */
	public FirstRows<ExchangeStatistic> fromSource(Long sourceId) {
		return FirstRows.fromSource(this.statistics::findBySourceIdOrderById, sourceId);
	}

	public long count() {
		return this.statistics.countByArchivedAtIsNull();
	}

}
