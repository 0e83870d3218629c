package org.accord.web;

import java.io.IOException;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For the benchmark only ({@code accord.diagnostics.statement-count-header=true}, with
 * Hibernate statistics on): answers each request with the number of SQL statements it
 * prepared in an {@code X-SQL-Statements} header. The count is global, so it is exact
 * only for one request at a time, which is how the benchmark asks for it.
 */
@Component
@ConditionalOnProperty(name = "accord.diagnostics.statement-count-header", havingValue = "true")
class StatementCountHeader extends OncePerRequestFilter {

	static final String HEADER = "X-SQL-Statements";

	private final Statistics statistics;

	StatementCountHeader(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		long before = this.statistics.getPrepareStatementCount();
		chain.doFilter(request, wrapper);
		wrapper.setHeader(HEADER, String.valueOf(this.statistics.getPrepareStatementCount() - before));
		wrapper.copyBodyToResponse();
	}

}
