package org.accord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Small checks on rendered pages that plain "contains" cannot express. */
public final class Html {

	private Html() {
	}

	/** Asserts that each text appears in the page, in the given order. */
	public static void assertInOrder(String html, String... texts) {
		int from = 0;
		for (String text : texts) {
			int at = html.indexOf(text, from);
			assertThat(at).as("'%s' after position %d", text, from).isGreaterThanOrEqualTo(0);
			from = at + text.length();
		}
	}

	/** The part of the page inside the element with this id, up to the next section. */
	public static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section %s", id).isGreaterThanOrEqualTo(0);
		int end = html.indexOf("</section>", start);
		return html.substring(start, (end < 0) ? html.length() : end);
	}

	/** Every input of a rendered form with its value, as a browser would post it back. */
	public static Map<String, String> formFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher inputs = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(html);
		while (inputs.find()) {
			if (!inputs.group(1).equals("_csrf")) {
				fields.put(inputs.group(1), HtmlUtils.htmlUnescape(inputs.group(2)));
			}
		}
		Matcher selected = Pattern
			.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(?:(?!</select>).)*?<option value=\"([^\"]*)\" selected",
					Pattern.DOTALL)
			.matcher(html);
		while (selected.find()) {
			fields.put(selected.group(1), selected.group(2));
		}
		Matcher textareas = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(html);
		while (textareas.find()) {
			fields.put(textareas.group(1), HtmlUtils.htmlUnescape(textareas.group(2)));
		}
		return fields;
	}

}
