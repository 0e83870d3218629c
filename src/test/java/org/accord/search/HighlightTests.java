package org.accord.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightTests {

	@Test
	void marksTheWordsOfTheQueryIgnoringCaseAndAccents() {
		assertThat(Highlight.html("Kyōto University", "kyoto univ"))
			.isEqualTo("<mark>Kyōto</mark> <mark>Univ</mark>ersity");
		assertThat(Highlight.html("弘前大学", "弘前")).isEqualTo("<mark>弘前</mark>大学");
		assertThat(Highlight.html("Hirosaki University", "hirosaky")).isEqualTo("Hirosaki University");
	}

	@Test
	void escapesTheTextItMarks() {
		assertThat(Highlight.html("<script>alert('Kyoto & \"Co\"')</script>", "kyoto"))
			.isEqualTo("&lt;script&gt;alert(&#39;<mark>Kyoto</mark> &amp; &quot;Co&quot;&#39;)&lt;/script&gt;");
		assertThat(Highlight.html("<b>", "<b>")).isEqualTo("<mark>&lt;b&gt;</mark>");
	}

	@Test
	void writesNothingForNoText() {
		assertThat(Highlight.html(null, "kyoto")).isEmpty();
		assertThat(Highlight.html("", "kyoto")).isEmpty();
	}

}
