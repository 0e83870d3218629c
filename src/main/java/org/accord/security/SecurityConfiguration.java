package org.accord.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.accord.account.Passwords;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may reach which route. Every route is named here; anything not named is refused, so
 * a route added without a rule is closed rather than open. Service methods carry their
 * own rules ({@code @PreAuthorize}) as a second lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** Pages every signed-in user may read. */
	static final String[] READ_PAGES = { "/", "/institutions", "/institutions/*", "/agreements", "/agreements/*",
			"/offices", "/offices/*", "/delegations", "/delegations/*", "/statistics", "/statistics/*", "/sources",
			"/sources/*", "/search", "/contacts/*" };

	/** Record kinds that staff create and edit; their form routes are for editors. */
	static final String[] EDITABLE = { "/institutions", "/agreements", "/offices", "/delegations", "/statistics",
			"/contacts" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler loginFailureHandler,
			UnmappedPaths unmappedPaths, SessionRegistry sessionRegistry, MetricsAccess metricsAccess,
			SignInThrottle throttle) throws Exception {
		http.addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class);
		XorCsrfTokenRequestAttributeHandler csrfTokens = new XorCsrfTokenRequestAttributeHandler();
		csrfTokens.setSecureRandom(new PerThreadSecureRandom());
		http.csrf((csrf) -> csrf.csrfTokenRequestHandler(csrfTokens));
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/assets/**", "/webjars/**", "/favicon.ico", "/actuator/health",
					"/actuator/health/**")
			.permitAll()
			// Metrics: for the scraper's address the operator names, or admins.
			.requestMatchers("/actuator/prometheus")
			.access(metricsAccess)
			// Only health and metrics are exposed; should an operator expose more (env,
			// heapdump), it is for admins, never for viewers.
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/dashboard", "/dashboard/**")
			.hasRole("LEADER")
			.requestMatchers("/import", "/import/**")
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.GET, editorPages("/new", "/*/edit", "/*/archive"))
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.POST, editorPages("", "/*", "/*/archive", "/*/restore"))
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.POST, "/agreements/*/documents", "/agreements/*/activate",
					"/agreements/*/renewal-decision", "/agreements/*/terminate", "/agreements/*/renew",
					"/agreements/*/contacts", "/agreements/*/contacts/remove", "/agreements/*/conditions",
					"/agreements/*/conditions/*", "/agreements/*/conditions/*/remove")
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.GET, "/agreements/*/terminate", "/agreements/*/renew",
					"/agreements/*/conditions/new", "/agreements/*/conditions/*/edit",
					"/agreements/*/conditions/*/remove")
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.GET, "/agreements/*/documents/*")
			.hasRole("VIEWER")
			.requestMatchers(HttpMethod.GET, READ_PAGES)
			.hasRole("VIEWER")
			.requestMatchers("/account/password")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/logout")
			.authenticated()
			.anyRequest()
			.access(unmappedPaths))
			.formLogin((login) -> login.loginPage("/login").failureHandler(loginFailureHandler).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
				// Unlimited sessions per user, registered so that an admin's change to an
				// account ends them (SessionsOfChangedAccounts).
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?ended"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	private static String[] editorPages(String... suffixes) {
		return Arrays.stream(EDITABLE)
			.flatMap((kind) -> Arrays.stream(suffixes).map((suffix) -> kind + suffix))
			.toArray(String[]::new);
	}

	/**
	 * The sessions by user: those in PostgreSQL when sessions are kept there (every node
	 * sees them), else those of this node.
	 */
	@Bean
	SessionRegistry sessionRegistry(
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sharedSessions) {
		FindByIndexNameSessionRepository<? extends Session> shared = sharedSessions.getIfAvailable();
		return (shared != null) ? new SpringSessionBackedSessionRegistry<>(shared) : new SessionRegistryImpl();
	}

	/** Tells the session registry when a session ends (time-out, sign-out). */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * Spring Security observes nothing: with an observation registry present (the
	 * actuator's metrics), it would wrap each of its filters, the authentication and the
	 * authorization in an observation on every request, for spans that nothing here
	 * collects (the request's own timer, {@code http.server.requests}, stays).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** An admin is also an editor and a leader; editors and leaders are also viewers. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_EDITOR
				ROLE_ADMIN > ROLE_LEADER
				ROLE_EDITOR > ROLE_VIEWER
				ROLE_LEADER > ROLE_VIEWER""");
	}

	/**
	 * BCrypt for new hashes, with the hash's prefix saying which encoder made it. A typed
	 * password longer than BCrypt reads never matches: BCrypt would compare only its
	 * first 72 bytes, and no password here is longer (the rule of
	 * {@code account.Passwords}).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return new PasswordEncoder() {

			@Override
			public String encode(CharSequence raw) {
				return encoder.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				if (raw == null || raw.toString().getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
					return false;
				}
				return encoder.matches(raw, encoded);
			}

			@Override
			public boolean upgradeEncoding(String encoded) {
				return encoder.upgradeEncoding(encoded);
			}

		};
	}

}
