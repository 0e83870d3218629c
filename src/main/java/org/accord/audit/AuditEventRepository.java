package org.accord.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	@Query("""
			select e from AuditEvent e
			where (:action is null or e.action = :action)
			  and (:pattern is null or lower(e.actor) like :pattern escape '\\' or lower(e.subject) like :pattern escape '\\')""")
	Page<AuditEvent> search(AuditAction action, String pattern, Pageable pageable);

}
