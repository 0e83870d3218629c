package org.accord.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ExchangeStatisticRepository
		extends JpaRepository<ExchangeStatistic, Long>, JpaSpecificationExecutor<ExchangeStatistic> {

	long countByArchivedAtIsNull();

	// Fetches as joins in the query, not @EntityGraph (see InstitutionRepository).
	@Query("""
			select s from ExchangeStatistic s join fetch s.institution left join fetch s.partnerInstitution
			  left join fetch s.source
			where s.id = :id""")
	Optional<ExchangeStatistic> findWithDetailsById(Long id);

	@Query("""
			select s from ExchangeStatistic s join fetch s.institution left join fetch s.partnerInstitution
			where s.institution.id = :institutionId
			order by s.periodYear desc nulls last, s.measure, s.id""")
	List<ExchangeStatistic> findLatestAbout(Long institutionId, Pageable pageable);

	@Query("""
			select s from ExchangeStatistic s join fetch s.institution join fetch s.partnerInstitution
			where s.partnerInstitution.id = :institutionId
			order by s.periodYear desc nulls last, s.measure, s.id""")
	List<ExchangeStatistic> findLatestWithPartner(Long institutionId, Pageable pageable);

	@Query("""
			select s from ExchangeStatistic s join fetch s.institution left join fetch s.partnerInstitution
			where s.source.id = :sourceId order by s.id""")
	List<ExchangeStatistic> findBySourceIdOrderById(Long sourceId, Limit limit);

	/**
	 * A recorded figure for the same institution, measure, period and partner (an
	 * import's duplicate).
	 */
	@Query(nativeQuery = true, value = """
			select s.id from exchange_statistic s
			where s.institution_id = :institution
			  and s.period_year = :periodYear
			  and s.measure = :measure and s.period_kind = :periodKind
			  and s.year_from is not distinct from cast(:yearFrom as integer)
			  and s.year_to is not distinct from cast(:yearTo as integer)
			  and s.as_of_date is not distinct from cast(:asOf as date)
			  and s.partner_country_code is not distinct from cast(:partnerCountry as varchar)
			  and s.partner_institution_id is not distinct from cast(:partner as bigint)
			  and s.archived_at is null
			limit 1""")
	List<Long> findSame(long institution, int periodYear, String measure, String periodKind, Integer yearFrom,
			Integer yearTo, LocalDate asOf, String partnerCountry, Long partner);

}
