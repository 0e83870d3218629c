package org.accord.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AgreementRepository extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

	// Fetches as joins in the query, not @EntityGraph (see InstitutionRepository).
	@Query("""
			select a from Agreement a left join fetch a.parties left join fetch a.signatories s
			  left join fetch s.institution left join fetch a.delegation left join fetch a.source
			  left join fetch a.predecessor
			where a.id = :id""")
	Optional<Agreement> findWithDetailsById(Long id);

	@Query("select distinct a from Agreement a join fetch a.parties where a.id in :ids")
	List<Agreement> findWithPartiesByIdIn(Collection<Long> ids);

	@Query("select distinct a from Agreement a left join fetch a.parties where a.delegation.id = :delegationId order by a.reference")
	List<Agreement> findByDelegationIdOrderByReference(Long delegationId);

	@Query("select distinct a from Agreement a left join fetch a.parties where a.source.id = :sourceId order by a.reference")
	List<Agreement> findBySourceIdOrderByReference(Long sourceId, Limit limit);

	@Query(value = "select nextval('agreement_reference_seq')", nativeQuery = true)
	long nextReferenceNumber();

	long countByArchivedAtIsNull();

	Optional<Agreement> findByReferenceIgnoreCase(String reference);

	@Query("""
			select a from Agreement a where a.status = org.accord.agreement.AgreementStatus.ACTIVE
			  and a.archivedAt is null and a.validUntil between :from and :until
			order by a.validUntil, a.reference""")
	List<Agreement> findActiveEndingBetween(LocalDate from, LocalDate until, Pageable pageable);

	List<Agreement> findByPredecessorIdOrderByReference(Long predecessorId);

	/**
	 * Agreements of this kind signed on this date (precise or not) that include all these
	 * parties.
	 */
	@Query("""
			select a from Agreement a where a.kind = :kind and a.signed.date = :signedDate
			  and (select count(p) from Agreement x join x.parties p where x = a and p.id in :partyIds) = :partyCount
			order by a.reference""")
	List<Agreement> findSameKindDateAndParties(AgreementKind kind, LocalDate signedDate, List<Long> partyIds,
			long partyCount);

	@Query("select a from Agreement a where a.archivedAt is null order by a.signed.date desc nulls last, a.id desc")
	List<Agreement> findLatest(Pageable pageable);

	/** The parties that the agreement's cooperation conditions send from or to. */
	@Query(nativeQuery = true, value = """
			select sending_institution_id from cooperation_condition where agreement_id = :id
			union select receiving_institution_id from cooperation_condition where agreement_id = :id""")
	List<Long> findPartiesInConditions(Long id);

}
