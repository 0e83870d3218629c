package org.accord.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(LoginAttempts.normalize(username))
			.map((account) -> new AccountPrincipal(account, this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

}
