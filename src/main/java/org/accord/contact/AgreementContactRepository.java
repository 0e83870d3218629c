package org.accord.contact;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AgreementContactRepository extends Repository<AgreementContact, AgreementContact.Key> {

	AgreementContact save(AgreementContact contact);

	boolean existsByAgreementIdAndPersonIdAndRole(Long agreementId, Long personId, ContactRole role);

	@Modifying
	@Query("delete from AgreementContact c where c.agreementId = :agreementId and c.personId = :personId and c.role = :role")
	int remove(Long agreementId, Long personId, ContactRole role);

	@Query("""
			select new org.accord.contact.AgreementContactView(p.id, p.name, p.nameNative, p.email, p.phone,
			    i.nameEn, i.nameNative, i.countryCode, c.role)
			from AgreementContact c join Person p on p.id = c.personId left join p.institution i
			where c.agreementId = :agreementId order by c.role, p.name""")
	List<AgreementContactView> findByAgreement(Long agreementId);

	@Query("""
			select new org.accord.contact.ContactAgreement(a.id, a.reference, a.title, c.role)
			from AgreementContact c join Agreement a on a.id = c.agreementId
			where c.personId = :personId order by a.reference, c.role""")
	List<ContactAgreement> findByPerson(Long personId);

}
