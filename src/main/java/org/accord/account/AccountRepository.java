package org.accord.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	long countByRoleAndEnabledTrue(Role role);

	@Query("""
			select a from Account a
			where :pattern is null or lower(a.username) like :pattern escape '\\' or lower(a.displayName) like :pattern escape '\\'""")
	Page<Account> search(String pattern, Pageable pageable);

}
