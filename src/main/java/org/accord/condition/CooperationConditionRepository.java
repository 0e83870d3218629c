package org.accord.condition;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CooperationConditionRepository extends Repository<CooperationCondition, Long> {

	CooperationCondition save(CooperationCondition condition);

	void delete(CooperationCondition condition);

	void flush();

	@Query("""
			select c from CooperationCondition c join fetch c.sendingInstitution s join fetch c.receivingInstitution
			where c.agreement.id = :agreementId order by s.nameEn, c.mobilityKind, c.id""")
	List<CooperationCondition> findByAgreement(Long agreementId);

	@Query("""
			select c from CooperationCondition c join fetch c.sendingInstitution join fetch c.receivingInstitution
			where c.id = :id and c.agreement.id = :agreementId""")
	Optional<CooperationCondition> findOne(Long agreementId, Long id);

}
