package org.accord.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (375 CSS pixels wide) and at 200% zoom (a 1280-pixel window zoomed twice
 * lays pages out in 640 CSS pixels, drawn at twice the density), no page an admin reaches
 * scrolls sideways: only a table may, inside its own scroll container. The menu collapses
 * behind its button on the phone. Screenshots of the main pages at both sizes go to
 * {@code target/screenshots/phone-*.png} and {@code zoom200-*.png}.
 */
class SmallScreenBrowserTests extends BrowserTest {

	/**
	 * The elements that reach past the right edge of the window, outside any scroll
	 * container of their own (empty when the page does not scroll sideways).
	 */
	private static final String SPILLING = """
			const width = document.documentElement.clientWidth;
			if (document.documentElement.scrollWidth <= width + 1) {
			  return [];
			}
			const spilling = [];
			for (const e of document.body.querySelectorAll('*')) {
			  const r = e.getBoundingClientRect();
			  if (r.width === 0 || r.right <= width + 1) {
			    continue;
			  }
			  let p = e.parentElement, contained = false;
			  for (; p && p !== document.body; p = p.parentElement) {
			    const o = getComputedStyle(p).overflowX;
			    if (o === 'auto' || o === 'scroll' || o === 'hidden') { contained = true; break; }
			  }
			  if (!contained) {
			    spilling.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			        + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
			        + ' reaches ' + Math.round(r.right) + 'px');
			  }
			}
			return spilling.length ? spilling.slice(0, 6) : ['the page is ' + document.documentElement.scrollWidth + 'px wide'];""";

	/** The pages whose screenshots are kept. */
	private static final Set<String> PICTURED = Set.of("/", "/institutions", "/agreements", "/agreements/new",
			"/dashboard", "/search?q=kyoto");

	@Test
	void noPageScrollsSidewaysOnAPhoneOrAtTwiceTheTextSize() throws Exception {
		BrowserSupport.signIn(this.browser, this.port, "admin", "demo");
		List<String> pages = Crawl.pages(this.browser, this.port, (page) -> {
		});
		pages.addAll(List.of("/search?q=kyoto", "/institutions/" + partnerId()));
		List<String> spilling = new ArrayList<>();

		emulate(375, 740, 1, true);
		this.browser.get(url("/"));
		assertThat(this.browser.findElement(By.cssSelector(".navbar-toggler")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("main-nav")).isDisplayed()).as("the menu is collapsed").isFalse();
		this.browser.findElement(By.cssSelector(".navbar-toggler")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((b) -> b.findElement(By.linkText("Agreements")).isDisplayed());
		BrowserSupport.screenshot(this.browser, "phone-menu-open.png");
		spilling.addAll(check(pages, "phone"));

		emulate(640, 500, 2, false);
		spilling.addAll(check(pages, "zoom200"));

		assertThat(spilling).as("pages that scroll sideways (of %d pages at each size)", pages.size()).isEmpty();
	}

	private List<String> check(List<String> pages, String size) throws Exception {
		List<String> spilling = new ArrayList<>();
		for (String page : pages) {
			this.browser.get(url(page));
			@SuppressWarnings("unchecked")
			List<String> found = (List<String>) this.browser.executeScript(SPILLING);
			if (!found.isEmpty()) {
				spilling.add(size + " " + page + ": " + String.join(", ", found));
			}
			if (PICTURED.contains(page)) {
				String name = page.equals("/") ? "home" : page.substring(1).replaceAll("[^a-z0-9]+", "-");
				BrowserSupport.screenshot(this.browser, size + "-" + name + ".png");
			}
		}
		return spilling;
	}

	private void emulate(int width, int height, double scale, boolean mobile) {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", mobile));
	}

	private long partnerId() {
		this.browser.get(url("/institutions?q=Kyoto+University"));
		String href = this.browser.findElement(By.linkText("Kyoto University")).getDomAttribute("href");
		return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
	}

}
