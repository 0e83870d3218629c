package org.accord.institution;

import java.util.List;

import org.accord.web.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads institutions with the associations their pages show. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class InstitutionService {

	private final InstitutionRepository institutions;

	private final PartnershipRepository partnerships;

	InstitutionService(InstitutionRepository institutions, PartnershipRepository partnerships) {
		this.institutions = institutions;
		this.partnerships = partnerships;
	}

	public Page<Institution> list(InstitutionFilter filter, Pageable pageable) {
		return this.institutions.findAll(InstitutionSpecifications.matching(filter), pageable);
	}

	public Institution details(Long id) {
		return this.institutions.findWithDetailsById(id)
			.orElseThrow(() -> new RecordNotFoundException("institution", id));
	}

	public List<Partnership> partnerships(Long institutionId) {
		return this.partnerships.findInvolving(institutionId);
	}

	public List<String> countryCodes() {
		return this.institutions.findCountryCodes();
	}

	public List<Institution> fromSource(Long sourceId) {
		return this.institutions.findBySourceIdOrderByNameEn(sourceId);
	}

	public long count() {
		return this.institutions.count();
	}

	public long countCountries() {
		return this.institutions.findCountryCodes().size();
	}

}
