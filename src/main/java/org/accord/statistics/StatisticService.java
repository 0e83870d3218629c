package org.accord.statistics;

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

/** Reads exchange statistics with the institutions their pages show. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class StatisticService {

	private final ExchangeStatisticRepository statistics;

	StatisticService(ExchangeStatisticRepository statistics) {
		this.statistics = statistics;
	}

	/**
	 * The first matches of the text, for the search over all kinds: a slice, so that no
	 * count query runs.
	 */
	public Slice<ExchangeStatistic> search(String text, int limit) {
		return this.statistics.findBy(StatisticSpecifications.matching(StatisticFilter.text(text)),
				(query) -> query.sortBy(Sort.by("measure").and(Sort.by("id")))
					.project("institution")
					.slice(PageRequest.of(0, limit)));
	}

	public Page<ExchangeStatistic> list(StatisticFilter filter, Pageable pageable) {
		return this.statistics.findAll(StatisticSpecifications.matching(filter), pageable);
	}

	public ExchangeStatistic details(Long id) {
		return this.statistics.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException("statistic", id));
	}

	public List<ExchangeStatistic> involving(Long institutionId) {
		return this.statistics.findInvolving(institutionId);
	}

	public List<ExchangeStatistic> fromSource(Long sourceId) {
		return this.statistics.findBySourceIdOrderById(sourceId);
	}

	public long count() {
		return this.statistics.count();
	}

}
