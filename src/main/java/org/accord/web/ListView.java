package org.accord.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;

/**
 * What a list template needs besides its rows: the links for pagination and for sortable
 * column headers, each keeping the request's filters. Computed here so that templates
 * only show them.
 */
public final class ListView<T> {

	private static final int WINDOW = 2;

	private final Page<T> page;

	private final String path;

	private final Map<String, String> parameters;

	private final String sortKey;

	private final Sort.Direction direction;

	private ListView(Page<T> page, String path, Map<String, String> parameters, String sortKey,
			Sort.Direction direction) {
		this.page = page;
		this.path = path;
		this.parameters = parameters;
		this.sortKey = sortKey;
		this.direction = direction;
	}

	public static <T> ListView<T> of(Page<T> page, ListParams params, SortColumns columns, HttpServletRequest request) {
		Map<String, String> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (values.length > 0 && !values[0].isEmpty()) {
				parameters.put(name, values[0]);
			}
		});
		return new ListView<>(page, request.getRequestURI(), parameters, params.sortKey(columns),
				params.direction(columns));
	}

	public List<T> getRows() {
		return this.page.getContent();
	}

	public boolean isEmpty() {
		return this.page.getTotalElements() == 0;
	}

	/** True when the list has records but this page is past its end. */
	public boolean isPastEnd() {
		return this.page.getContent().isEmpty() && this.page.getTotalElements() > 0;
	}

	public long getTotal() {
		return this.page.getTotalElements();
	}

	public int getPageNumber() {
		return this.page.getNumber() + 1;
	}

	public int getTotalPages() {
		return this.page.getTotalPages();
	}

	public long getFirstRow() {
		return this.page.getContent().isEmpty() ? 0 : this.page.getPageable().getOffset() + 1;
	}

	public long getLastRow() {
		return this.page.getPageable().getOffset() + this.page.getNumberOfElements();
	}

	public String getPreviousUrl() {
		return this.page.hasPrevious() ? pageUrl(getPageNumber() - 1) : null;
	}

	public String getNextUrl() {
		return this.page.hasNext() ? pageUrl(getPageNumber() + 1) : null;
	}

	public String getFirstPageUrl() {
		return pageUrl(1);
	}

	/** Page links around the current page, with the first and the last always present. */
	public List<PageLink> getPageLinks() {
		List<PageLink> links = new ArrayList<>();
		int current = getPageNumber();
		int last = getTotalPages();
		for (int number = 1; number <= last; number++) {
			boolean near = Math.abs(number - current) <= WINDOW;
			if (number == 1 || number == last || near) {
				links.add(new PageLink(number, pageUrl(number), number == current, false));
			}
			else if (number == current - WINDOW - 1 || number == current + WINDOW + 1) {
				links.add(new PageLink(number, null, false, true));
			}
		}
		return links;
	}

	/** The header link of a sortable column, by the column's URL key. */
	public SortLink sortLink(String column) {
		boolean active = column.equals(this.sortKey);
		boolean ascending = this.direction == Sort.Direction.ASC;
		Map<String, String> query = new LinkedHashMap<>(this.parameters);
		query.remove("page");
		query.put("sort", column);
		query.put("dir", (active && ascending) ? "desc" : "asc");
		return new SortLink(url(query), active, ascending);
	}

	public String pageUrl(int number) {
		Map<String, String> query = new LinkedHashMap<>(this.parameters);
		query.put("page", String.valueOf(number));
		return url(query);
	}

	/** The same rows, every page of them, as a file: {@code /agreements/export?...}. */
	public String exportUrl(String format) {
		Map<String, String> query = new LinkedHashMap<>(this.parameters);
		query.remove("page");
		query.remove("size");
		query.put("format", format);
		return url(this.path + "/export", query);
	}

	private String url(Map<String, String> query) {
		return url(this.path, query);
	}

	private static String url(String path, Map<String, String> query) {
		StringBuilder url = new StringBuilder(path);
		char separator = '?';
		for (Map.Entry<String, String> entry : query.entrySet()) {
			url.append(separator)
				.append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
			separator = '&';
		}
		return url.toString();
	}

	public record PageLink(int number, String url, boolean current, boolean gap) {
	}

	/**
	 * A column header's link: clicking the sorted column reverses it, another column
	 * sorts ascending.
	 */
	public record SortLink(String url, boolean active, boolean ascending) {

		public String getAriaSort() {
			if (!this.active) {
				return "none";
			}
			return this.ascending ? "ascending" : "descending";
		}

	}

}
