package org.accord.web;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Component;

/**
 * A page of a list without counting every row of a large table: the rows of the page, and
 * a count that stops at {@link #COUNT_LIMIT} (or just past the page asked for). A count
 * that stopped says so ({@link CappedPage#isCapped()}), and the list shows "more than
 * 10,000".
 */
@Component
public class CappedPages {

	public static final int COUNT_LIMIT = 10_000;

	private final EntityManager entityManager;

	CappedPages(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** A page of rows whose count may have stopped at the limit. */
	public static final class CappedPage<T> extends PageImpl<T> {

		private final boolean capped;

		CappedPage(List<T> content, Pageable pageable, long total, boolean capped) {
			super(content, pageable, total);
			this.capped = capped;
		}

		public boolean isCapped() {
			return this.capped;
		}

	}

	/**
	 * The page in the pageable's order, with the associations named in {@code fetch}
	 * loaded in the same statement.
	 */
	public <T> Page<T> find(JpaSpecificationExecutor<T> repository, Class<T> type, Specification<T> specification,
			Pageable pageable, String... fetch) {
		Slice<T> slice = repository.findBy(specification,
				(query) -> ((fetch.length > 0) ? query.project(fetch) : query).slice(pageable));
		if (!slice.hasNext() && (pageable.getPageNumber() == 0 || !slice.getContent().isEmpty())) {
			long total = pageable.getOffset() + slice.getNumberOfElements();
			return new CappedPage<>(slice.getContent(), pageable, total, false);
		}
		int limit = (int) Math.max(COUNT_LIMIT, pageable.getOffset() + 2L * pageable.getPageSize());
		long counted = countUpTo(type, specification, limit + 1);
		return new CappedPage<>(slice.getContent(), pageable, Math.min(counted, limit), counted > limit);
	}

	private <T> long countUpTo(Class<T> type, Specification<T> specification, int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<T> root = query.from(type);
		Predicate predicate = specification.toPredicate(root, query, cb);
		if (predicate != null) {
			query.where(predicate);
		}
		query.select(root.get("id"));
		return this.entityManager.createQuery(query).setMaxResults(limit).getResultList().size();
	}

}
