package org.accord.security;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Who may read the metrics ({@code /actuator/prometheus}): a scraper from an address the
 * operator names in {@code accord.metrics.allowed-addresses} (addresses or CIDR ranges,
 * comma-separated; none by default), or a signed-in admin. Never a viewer.
 */
@Component
class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final List<IpAddressMatcher> allowed;

	private final AuthorityAuthorizationManager<RequestAuthorizationContext> admins = AuthorityAuthorizationManager
		.hasRole("ADMIN");

	MetricsAccess(@Value("${accord.metrics.allowed-addresses:}") String allowedAddresses) {
		this.allowed = Arrays.stream(allowedAddresses.split(","))
			.map(String::trim)
			.filter((address) -> !address.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		String address = context.getRequest().getRemoteAddr();
		if (this.allowed.stream().anyMatch((matcher) -> matcher.matches(address))) {
			return new AuthorizationDecision(true);
		}
		return this.admins.authorize(authentication, context);
	}

}
