package org.accord.diagnostics;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For the benchmark only ({@code accord.diagnostics.count-statements=true}): a request
 * that carries an {@code X-SQL-Statements} header is answered with the number of SQL
 * statements it prepared in a header of the same name. Other requests pass untouched, so
 * that the load the benchmark measures pays nothing for the count.
 */
@Component
@ConditionalOnProperty(name = "accord.diagnostics.count-statements", havingValue = "true")
class StatementCountHeader extends OncePerRequestFilter {

	static final String HEADER = "X-SQL-Statements";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader(HEADER) == null) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		long before = StatementCounter.current();
		chain.doFilter(request, wrapper);
		wrapper.setHeader(HEADER, String.valueOf(StatementCounter.current() - before));
		wrapper.copyBodyToResponse();
	}

}
