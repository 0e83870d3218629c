package org.accord.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template shows text of its own: every word a user reads comes from a message bundle.
 * Text inside an element whose content Thymeleaf replaces (th:text, th:utext, th:replace,
 * th:insert, th:errors) is only the designer's placeholder and never reaches the page.
 */
class TemplateTextTests {

	private static final Pattern TOKEN = Pattern.compile(
			"<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>|([^<]+)",
			Pattern.DOTALL);

	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors",
			"th:remove");

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr", "path");

	/** Attributes people read: a hard-coded one is as visible as text. */
	private static final Pattern VISIBLE_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)=\"([^\"]*[A-Za-z][^\"]*)\"");

	@Test
	void everyVisibleTextComesFromABundle() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				found.addAll(hardCoded(file));
			}
		}
		assertThat(found).as("text in templates that does not come from a message bundle").isEmpty();
	}

	@Test
	void theCheckFindsHardCodedText() throws IOException {
		Path sample = Files.createTempFile("template", ".html");
		Files.writeString(sample, """
				<div><p th:text="#{a}">placeholder</p><p>Hard-coded words</p>
				<input placeholder="Type here"><span th:text="#{b}"><b>inner</b></span> · 2019</div>""");
		assertThat(hardCoded(sample)).hasSize(2)
			.anyMatch((text) -> text.contains("Hard-coded words"))
			.anyMatch((text) -> text.contains("Type here"));
	}

	private static List<String> hardCoded(Path file) throws IOException {
		String html = Files.readString(file, StandardCharsets.UTF_8);
		List<String> found = new ArrayList<>();
		Deque<Boolean> replaced = new ArrayDeque<>();
		Matcher token = TOKEN.matcher(html);
		while (token.find()) {
			if (token.group(2) != null) {
				String name = token.group(2).toLowerCase();
				String attributes = token.group(3);
				boolean closing = !token.group(1).isEmpty();
				if (!closing) {
					Matcher attribute = VISIBLE_ATTRIBUTE.matcher(attributes);
					while (attribute.find()) {
						found.add(file.getFileName() + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
					}
				}
				if (closing) {
					if (!replaced.isEmpty()) {
						replaced.pop();
					}
				}
				else if (token.group(4).isEmpty() && !VOID.contains(name)) {
					boolean replacing = REPLACING.stream().anyMatch((a) -> attributes.contains(a + "="))
							|| name.equals("script") || name.equals("style") || name.equals("title");
					replaced.push(replacing || (!replaced.isEmpty() && replaced.peek()));
				}
			}
			else if (token.group(5) != null) {
				String text = token.group(5).strip();
				boolean inside = !replaced.isEmpty() && replaced.peek();
				if (!inside && text.matches("(?s).*\\p{L}{2,}.*")) {
					found.add(file.getFileName() + ": " + text);
				}
			}
		}
		return found;
	}

}
