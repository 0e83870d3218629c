package org.accord.search;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Splits a shown text into parts, marking those that contain a word of the query,
 * ignoring case and accents ("kyoto" marks "Kyōto"). A typo matched by similarity marks
 * nothing: only what is literally there is marked.
 */
final class Highlight {

	private Highlight() {
	}

	/** A part of the shown text, and whether it matched a word of the query. */
	private record Part(String text, boolean marked) {
	}

	/**
	 * The text as HTML, its characters escaped and the parts that match a word of the
	 * query in {@code <mark>}: one string for the page to write as it is, rather than a
	 * fragment with a loop and two conditions per part (a third of the search page's
	 * rendering time when every row has its words marked).
	 */
	static String html(String text, String query) {
		StringBuilder html = new StringBuilder();
		for (Part part : parts(text, query)) {
			if (part.marked()) {
				html.append("<mark>");
			}
			// Only < > & " ' are escaped: the page is UTF-8, so 京都 and é stay as they
			// are.
			html.append(HtmlUtils.htmlEscape(part.text(), StandardCharsets.UTF_8.name()));
			if (part.marked()) {
				html.append("</mark>");
			}
		}
		return html.toString();
	}

	private static List<Part> parts(String text, String query) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		String folded = fold(text);
		boolean[] marked = new boolean[text.length()];
		for (String word : fold(query).split("\\s+")) {
			if (word.length() < 2 && !isIdeographic(word)) {
				continue;
			}
			for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
				Arrays.fill(marked, at, at + word.length(), true);
			}
		}
		List<Part> parts = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || marked[i] != marked[start]) {
				parts.add(new Part(text.substring(start, i), marked[start]));
				start = i;
			}
		}
		return parts;
	}

	/**
	 * Lower case without accents, one char for one char, so that positions stay the same.
	 */
	private static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			folded.append(Character.toLowerCase(base.isEmpty() ? c : base.charAt(0)));
		}
		return folded.toString();
	}

	private static boolean isIdeographic(String word) {
		return !word.isEmpty() && Character.isIdeographic(word.codePointAt(0));
	}

}
