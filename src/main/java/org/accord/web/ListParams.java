package org.accord.web;

import org.accord.record.BadRequestException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Paging and sorting parameters of a list page, bound from
 * {@code ?page=&size=&sort=&dir=}. Pages count from 1 in the URL, as people count them.
 */
public record ListParams(Integer page, Integer size, String sort, String dir) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public int pageNumber() {
		return (this.page != null) ? this.page : 1;
	}

	public int pageSize() {
		return (this.size != null) ? this.size : DEFAULT_SIZE;
	}

	public String sortKey(SortColumns columns) {
		return (this.sort != null && !this.sort.isBlank()) ? this.sort : columns.defaultKey();
	}

	public Sort.Direction direction(SortColumns columns) {
		if (this.dir == null || this.dir.isBlank()) {
			return (this.sort == null || this.sort.isBlank()) ? columns.defaultDirection() : Sort.Direction.ASC;
		}
		return switch (this.dir) {
			case "asc" -> Sort.Direction.ASC;
			case "desc" -> Sort.Direction.DESC;
			default -> throw new BadRequestException("dir must be asc or desc");
		};
	}

	/**
	 * Checks every parameter and turns them into a page request, or refuses the request.
	 */
	public Pageable toPageable(SortColumns columns) {
		if (pageNumber() < 1) {
			throw new BadRequestException("page must be 1 or more");
		}
		if (pageSize() < 1 || pageSize() > MAX_SIZE) {
			throw new BadRequestException("size must be between 1 and " + MAX_SIZE);
		}
		if ((long) (pageNumber() - 1) * pageSize() > Integer.MAX_VALUE) {
			throw new BadRequestException("page is too large");
		}
		String key = sortKey(columns);
		if (!columns.contains(key)) {
			throw new BadRequestException("cannot sort by " + key);
		}
		return PageRequest.of(pageNumber() - 1, pageSize(), columns.sort(key, direction(columns)));
	}

}
