package org.accord.browser;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages a signed-in user reaches as a user does: from the overview, every link of
 * every page is followed, one page per address shape ({@code /institutions/7} stands for
 * every partner page); downloads, the sign-out and the language links are left aside.
 */
final class Crawl {

	/** Links that download a file, change nothing visible or leave the portal. */
	private static final Pattern NOT_A_PAGE = Pattern
		.compile("/(export|template|suggestions|logout)(\\b|$)|/documents/\\d+|^/(assets|webjars|actuator)/");

	private static final Pattern ID = Pattern.compile("/\\d+(?=/|$)");

	private Crawl() {
	}

	/**
	 * Every page reachable from the overview, in the order found; {@code visitor} is
	 * called on each while the browser shows it (after its links were read).
	 */
	static List<String> pages(ChromeDriver browser, int port, Consumer<String> visitor) {
		Map<String, String> byShape = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		while (!queue.isEmpty()) {
			String page = queue.removeFirst();
			String shape = shape(page);
			if (byShape.containsKey(shape)) {
				continue;
			}
			byShape.put(shape, page);
			browser.get("http://localhost:" + port + page);
			@SuppressWarnings("unchecked")
			List<String> links = (List<String>) browser
				.executeScript("return Array.from(document.querySelectorAll('a[href]'), (a) => a.href)");
			for (String link : links) {
				URI uri = URI.create(link);
				if (uri.getPort() != port || NOT_A_PAGE.matcher(uri.getPath()).find()
						|| (uri.getQuery() != null && uri.getQuery().contains("lang="))) {
					continue;
				}
				String local = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
				if (!byShape.containsKey(shape(local))) {
					queue.addLast(local);
				}
			}
			visitor.accept(page);
		}
		return new ArrayList<>(byShape.values());
	}

	/**
	 * The page's address with its ids and parameters left out: one template, one shape.
	 */
	private static String shape(String page) {
		int query = page.indexOf('?');
		String path = (query < 0) ? page : page.substring(0, query);
		return ID.matcher(path).replaceAll("/{id}");
	}

}
