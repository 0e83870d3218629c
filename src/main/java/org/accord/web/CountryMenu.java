package org.accord.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.accord.country.Countries;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The options of a list's country filter as HTML, which the list's controller puts into
 * its model and the filter bar writes out as it is ({@code th:utext}). Written once per
 * option list and kept: {@link Countries} keeps one list per language and set of
 * countries, so the same list comes back on every request. Rendering its 150 options
 * through the template engine on every list page cost about 0.8 ms of CPU per request
 * (measured with src/bench/cpu-per-request.sh). Names and codes are escaped here.
 */
@Component
public class CountryMenu {

	private static final int KEPT = 100;

	private final Countries countries;

	private final Map<List<Countries.Country>, String> written = new ConcurrentHashMap<>();

	CountryMenu(Countries countries) {
		this.countries = countries;
	}

	/**
	 * The countries of these codes as options, sorted by name in the reader's language,
	 * the one whose code is {@code selected} (if any) marked selected.
	 */
	public String options(Collection<String> codes, String selected) {
		List<Countries.Country> options = this.countries.options(codes);
		String html = this.written.get(options);
		if (html == null) {
			if (this.written.size() >= KEPT) {
				this.written.clear();
			}
			html = write(options);
			this.written.put(options, html);
		}
		if (selected == null || !Countries.isValid(selected)) {
			return html;
		}
		return html.replace(valueAttribute(selected), valueAttribute(selected) + " selected=\"selected\"");
	}

	private static String write(List<Countries.Country> options) {
		StringBuilder html = new StringBuilder(options.size() * 48);
		for (Countries.Country country : options) {
			html.append("<option ")
				.append(valueAttribute(country.code()))
				.append('>')
				.append(HtmlUtils.htmlEscape(country.name()))
				.append("</option>");
		}
		return html.toString();
	}

	private static String valueAttribute(String code) {
		return "value=\"" + HtmlUtils.htmlEscape(code) + "\"";
	}

}
