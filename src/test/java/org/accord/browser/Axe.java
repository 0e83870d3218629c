package org.accord.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core, the accessibility engine most audits use, on the page the browser shows
 * and returns what it finds against WCAG 2.0 and 2.1, levels A and AA.
 * <p>
 * The script comes from Deque's {@code com.deque.html.axe-core:selenium} artifact on
 * Maven Central ({@code axe.min.js} at the root of its jar); another build of axe-core
 * can be tried with {@code -Daccord.axe.script=/path/to/axe.min.js}.
 */
final class Axe {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'], preload: false })
			  .then((results) => done(results.violations.map((v) => ({
			    rule: v.id, impact: v.impact, help: v.help,
			    nodes: v.nodes.map((n) => n.target.join(' ') + '  ' + n.html.substring(0, 160)
			        + (n.failureSummary ? '  [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '')) }))))
			  .catch((e) => done([{ rule: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));""";

	private static String script;

	private Axe() {
	}

	/** One rule broken on one page, with the elements that break it. */
	record Violation(String page, String rule, String impact, String help, List<String> elements) {

		@Override
		public String toString() {
			return this.page + ": " + this.rule + " (" + this.impact + ") " + this.help + "\n    "
					+ String.join("\n    ", this.elements);
		}

	}

	/**
	 * Has Chromium load axe-core into every page it opens from now on: sent once, rather
	 * than half a megabyte of script through the driver for every page checked.
	 */
	static void installInto(ChromeDriver browser) {
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script()));
	}

	/**
	 * The violations on the page the browser shows, named by {@code page} in the report.
	 */
	@SuppressWarnings("unchecked")
	static List<Violation> check(WebDriver browser, String page) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
			js.executeScript(script());
		}
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN, TAGS);
		List<Violation> violations = new ArrayList<>();
		for (Map<String, Object> v : found) {
			violations.add(new Violation(page, (String) v.get("rule"), String.valueOf(v.get("impact")),
					(String) v.get("help"), (List<String>) v.get("nodes")));
		}
		return violations;
	}

	private static synchronized String script() {
		if (script == null) {
			String override = System.getProperty("accord.axe.script");
			try {
				if (override != null) {
					script = Files.readString(Path.of(override));
				}
				else {
					try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
						if (in == null) {
							throw new IllegalStateException("axe.min.js is not on the test class path");
						}
						script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return script;
	}

}
