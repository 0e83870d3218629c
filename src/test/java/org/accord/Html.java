package org.accord;

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

}
