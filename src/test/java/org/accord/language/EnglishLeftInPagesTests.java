package org.accord.language;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page an admin reaches from the overview (one per address shape: the list, the
 * record, the form, the history, empty states and flash-free pages alike), rendered in
 * Chinese and in Japanese, holds no English word of the portal's own: a Latin word on the
 * page must be part of the records shown (a name, a title, a city: any word of any text
 * column of the database), a code or acronym (capitals, or a word with digits), or a
 * language's own name in the language menu, or a name that no language translates (Excel,
 * Erasmus). Such a word comes from a template, from Java code or from a message left
 * untranslated.
 */
@PortalTest
@WithUserDetails("admin")
class EnglishLeftInPagesTests {

	private static final Pattern NOT_A_PAGE = Pattern
		.compile("/(export|template|suggestions|logout)(\\b|$)|/documents/\\d+|^/(assets|webjars|actuator)/|^/error");

	private static final Pattern ID = Pattern.compile("/\\d+(?=/|$)");

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]");

	/** Words that are the same in every language here. */
	private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("accord", "english", "email", "e-mail", "excel",
			"erasmus");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private Set<String> recordWords;

	@BeforeEach
	void wordsOfTheRecords() {
		this.recordWords = new HashSet<>();
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				select table_name, column_name from information_schema.columns
				where table_schema = 'public' and data_type in ('text', 'character varying')
				  and table_name not in ('flyway_schema_history', 'search_word', 'spring_session_attributes')
				  and column_name not in ('search_document', 'search_names', 'password_hash', 'content')""");
		for (Map<String, Object> column : columns) {
			for (String value : this.jdbc
				.queryForList(
						"select distinct \"%s\" from \"%s\" where \"%s\" is not null"
							.formatted(column.get("column_name"), column.get("table_name"), column.get("column_name")),
						String.class)) {
				Matcher words = LATIN_WORD.matcher(value);
				while (words.find()) {
					this.recordWords.add(words.group().toLowerCase(Locale.ROOT));
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "ja" })
	void noPageSpeaksEnglishToAChineseOrJapaneseReader(String language) throws Exception {
		Map<String, Set<String>> english = new LinkedHashMap<>();
		List<String> pages = crawl(language, (page, html) -> {
			Set<String> words = englishWords(html);
			// What the reader typed is shown back as typed.
			words.removeIf((word) -> page.contains("q=" + word));
			if (!words.isEmpty()) {
				english.put(page, words);
			}
		});
		assertThat(pages).as("pages reached").hasSizeGreaterThan(40);
		assertThat(english).as("English words on %d pages in %s", pages.size(), language).isEmpty();
	}

	@Test
	void theCheckFindsAnEnglishWordLeftInAChinesePage() {
		assertThat(englishWords("<h1>机构</h1><p>Kyoto University 京都大学 (JP, MoU-2019)</p>")).isEmpty();
		assertThat(englishWords("<button title=\"Unsaved\">保存</button><p>京都大学 Nothing archived</p>"))
			.contains("Unsaved", "Nothing");
	}

	/**
	 * The Latin words of the page's visible text that belong to no record and no code.
	 */
	private Set<String> englishWords(String html) {
		Set<String> found = new TreeSet<>();
		Matcher words = LATIN_WORD.matcher(visibleText(html));
		while (words.find()) {
			String word = words.group();
			String lower = word.toLowerCase(Locale.ROOT);
			boolean code = !word.equals(lower) && word.chars().filter(Character::isUpperCase).count() > 1;
			if (!code && !this.recordWords.contains(lower) && !SAME_IN_EVERY_LANGUAGE.contains(lower)) {
				found.add(word);
			}
		}
		return found;
	}

	/**
	 * What a reader sees or hears: the text between tags and the titles, placeholders,
	 * labels and alternative texts, without scripts, styles and code (file names,
	 * commands).
	 */
	static String visibleText(String html) {
		String text = html.replaceAll("(?is)<(script|style|code)\\b.*?</\\1>", " ");
		StringBuilder visible = new StringBuilder();
		Matcher attributes = Pattern
			.compile("(?i)\\s(?:title|placeholder|aria-label|alt|aria-description)=\"([^\"]*)\"")
			.matcher(text);
		while (attributes.find()) {
			visible.append(' ').append(attributes.group(1));
		}
		visible.append(' ').append(text.replaceAll("(?s)<[^>]*>", " "));
		return visible.toString()
			.replace("&amp;", "&")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">");
	}

	interface PageVisitor {

		void visit(String page, String html) throws Exception;

	}

	private List<String> crawl(String language, PageVisitor visitor) throws Exception {
		Map<String, String> byShape = new LinkedHashMap<>();
		// The overview, and what nothing links to: empty results and a search without
		// any.
		List<String> unlinked = List.of("/search?q=zzzqqq", "/institutions?q=zzzqqq",
				"/agreements?q=zzzqqq&status=ACTIVE", "/search?q=hirosaky");
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		queue.addAll(unlinked);
		while (!queue.isEmpty()) {
			String page = queue.removeFirst();
			String shape = unlinked.contains(page) ? page : shape(page);
			if (byShape.containsKey(shape)) {
				continue;
			}
			byShape.put(shape, page);
			URI uri = URI.create(page);
			MockHttpServletResponse response = this.mvc
				.perform(get(uri).header("Accept-Language", language + "," + language.substring(0, 2) + ";q=0.9"))
				.andReturn()
				.getResponse();
			String type = response.getContentType();
			if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			String html = response.getContentAsString();
			Set<String> links = new LinkedHashSet<>();
			Matcher link = LINK.matcher(html);
			while (link.find()) {
				String target = link.group(1).replace("&amp;", "&");
				if (!NOT_A_PAGE.matcher(target).find() && !target.contains("lang=")) {
					links.add(target);
				}
			}
			for (String target : links) {
				if (!byShape.containsKey(shape(target))) {
					queue.addLast(target);
				}
			}
			visitor.visit(page, html);
		}
		return List.copyOf(byShape.values());
	}

	private static String shape(String page) {
		int query = page.indexOf('?');
		String path = (query < 0) ? page : page.substring(0, query);
		return ID.matcher(path).replaceAll("/{id}");
	}

}
