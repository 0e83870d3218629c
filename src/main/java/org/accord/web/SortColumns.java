package org.accord.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Sort;

/**
 * The columns a list can be sorted by: the key that appears in the URL
 * ({@code ?sort=name}) and the entity property it sorts on. Anything else in {@code sort}
 * is a bad request, so a URL can never sort on a property the list does not show.
 */
public final class SortColumns {

	private final Map<String, String> properties;

	private final String defaultKey;

	private final Sort.Direction defaultDirection;

	/** The tie-breaker that keeps pages stable when the sort column has equal values. */
	private final String idProperty;

	private SortColumns(Map<String, String> properties, String defaultKey, Sort.Direction defaultDirection) {
		this.properties = properties;
		this.defaultKey = defaultKey;
		this.defaultDirection = defaultDirection;
		this.idProperty = "id";
	}

	/** Pairs of URL key and entity property; the first pair is the default sort. */
	public static SortColumns of(Sort.Direction defaultDirection, String... keysAndProperties) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (int i = 0; i < keysAndProperties.length; i += 2) {
			properties.put(keysAndProperties[i], keysAndProperties[i + 1]);
		}
		return new SortColumns(properties, keysAndProperties[0], defaultDirection);
	}

	public String defaultKey() {
		return this.defaultKey;
	}

	public Sort.Direction defaultDirection() {
		return this.defaultDirection;
	}

	boolean contains(String key) {
		return this.properties.containsKey(key);
	}

	Sort sort(String key, Sort.Direction direction) {
		Sort.Order order = new Sort.Order(direction, this.properties.get(key)).nullsLast();
		return Sort.by(order, Sort.Order.asc(this.idProperty));
	}

}
