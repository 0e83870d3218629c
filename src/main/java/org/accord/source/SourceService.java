package org.accord.source;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.accord.record.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class SourceService {

	private final SourceRepository sources;

	private final Clock clock;

	SourceService(SourceRepository sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	/**
	 * Records an import's file as the source of what it wrote (in the import's
	 * transaction); returns its id.
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public Long recordImport(String fileName, String importedBy) {
		return this.sources.save(Source.ofImport(fileName, importedBy, LocalDate.now(this.clock), this.clock.instant()))
			.getId();
	}

	public Page<Source> list(SourceFilter filter, Pageable pageable) {
		return this.sources.findAll(SourceSpecifications.matching(filter), pageable);
	}

	/** How many records cite each source of the page, by source id. */
	public Map<Long, Long> recordCounts(Page<Source> page) {
		List<Long> ids = page.map(Source::getId).getContent();
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.sources.countRecords(ids)
			.stream()
			.collect(Collectors.toMap(SourceRepository.RecordCount::getSourceId,
					SourceRepository.RecordCount::getRecords));
	}

	public Source details(Long id) {
		return this.sources.findById(id).orElseThrow(() -> new RecordNotFoundException("source", id));
	}

}
