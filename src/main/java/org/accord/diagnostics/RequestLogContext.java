package org.accord.diagnostics;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every log line of a request knows about it: a request id (the caller's
 * {@code X-Request-Id} when it is a plain token, else a new one, returned in the same
 * header), and once the request reaches its page, the signed-in user and the route as
 * written in the code ({@code /institutions/{id}}, never the id itself). They go into the
 * logging context (MDC) under {@code request.id}, {@code user.name} and
 * {@code http.route}, so the plain format prints them and the structured (JSON) formats
 * carry them as fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestLogContext extends OncePerRequestFilter implements HandlerInterceptor, WebMvcConfigurer {

	static final String HEADER = "X-Request-Id";

	static final String REQUEST_ID = "request.id";

	static final String USER = "user.name";

	static final String ROUTE = "http.route";

	private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = (given != null && PLAIN_TOKEN.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		response.setHeader(HEADER, id);
		MDC.put(REQUEST_ID, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(REQUEST_ID);
			MDC.remove(USER);
			MDC.remove(ROUTE);
		}
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.isAuthenticated() && !"anonymousUser".equals(user.getName())) {
			MDC.put(USER, user.getName());
		}
		Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (route != null) {
			MDC.put(ROUTE, route.toString());
		}
		return true;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

}
