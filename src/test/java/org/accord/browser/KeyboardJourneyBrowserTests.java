package org.accord.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole journey without the mouse: sign in, skip to the content, search, open a
 * partner, switch the language and back, create an agreement with a mistake, fix it from
 * the error summary, save. Every step is a key press; every control reached shows where
 * the focus is, and Tab always leads on (no trap).
 */
class KeyboardJourneyBrowserTests extends BrowserTest {

	/** How many presses of Tab may pass before the control sought must have the focus. */
	private static final int MAX_TABS = 60;

	/**
	 * Whether the focused element shows it: an outline or a ring (box shadow) drawn only
	 * while it has the focus.
	 */
	private static final String FOCUS_SHOWN = """
			const e = document.activeElement;
			if (e === document.body) {
			  return true; // past the last control, the focus is in the browser's own bar
			}
			if (!e.matches(':focus')) {
			  // Headless Chromium now and then leaves a date field active without its :focus state,
			  // so no style of ours can apply; only controls in that state are judged.
			  return true;
			}
			const s = getComputedStyle(e);
			const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
			return outline || (s.boxShadow && s.boxShadow !== 'none');""";

	/** What the focused element's style says, for the failure message. */
	private static final String FOCUS_STATE = """
			const e = document.activeElement;
			const s = getComputedStyle(e);
			return 'outline ' + s.outlineStyle + ' ' + s.outlineWidth + ', box-shadow ' + s.boxShadow
			  + ', :focus ' + e.matches(':focus') + ', page focused ' + document.hasFocus();""";

	private final List<String> unseenFocus = new ArrayList<>();

	@Test
	void aWholeJourneyByKeyboard() throws Exception {
		// Sign in: the name field has the focus when the page opens.
		this.browser.get(url("/login?lang=en"));
		keys("editor", Keys.TAB, "demo", Keys.ENTER);
		waitFor(By.id("user-menu"));

		// The first Tab reaches the skip link, which leads into the page's content.
		keys(Keys.TAB);
		assertThat(focused().getText()).isEqualTo("Skip to content");
		keys(Keys.ENTER, Keys.TAB);
		assertThat((Boolean) this.browser
			.executeScript("return document.getElementById('content')" + ".contains(document.activeElement)"))
			.as("after the skip link, Tab goes into the content")
			.isTrue();

		// Search from the navigation bar.
		tabTo((e) -> "nav-search".equals(e.getDomAttribute("id")), "the search field");
		keys("kyoto", Keys.ENTER);
		waitFor(By.cssSelector("main h1"));
		assertThat(this.browser.getCurrentUrl()).contains("/search?q=kyoto");

		// Open the partner from the results.
		tabTo((e) -> e.getText().equals("Kyoto University") && "a".equals(e.getTagName()), "Kyoto University");
		keys(Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.cssSelector("main h1 > span"), "Kyoto University"));

		// The language menu opens and closes by keyboard; a language is chosen by arrows.
		tabTo((e) -> "language-menu".equals(e.getDomAttribute("id")), "the language menu");
		BrowserSupport.screenshot(this.browser, "keyboard-focus-on-language-menu.png");
		keys(Keys.ENTER);
		assertThat(focused().getDomAttribute("aria-expanded")).isEqualTo("true");
		keys(Keys.ESCAPE);
		assertThat(focused().getDomAttribute("id")).isEqualTo("language-menu");
		assertThat(focused().getDomAttribute("aria-expanded")).isEqualTo("false");
		keys(Keys.ENTER);
		arrowTo("日本語");
		keys(Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ja"));
		tabTo((e) -> "language-menu".equals(e.getDomAttribute("id")), "the language menu (Japanese)");
		keys(Keys.ENTER);
		arrowTo("English");
		keys(Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

		// A new agreement, first without its title.
		tabTo((e) -> e.getText().equals("Agreements") && "a".equals(e.getTagName()), "Agreements in the menu");
		keys(Keys.ENTER);
		tabTo((e) -> e.getText().equals("New agreement"), "New agreement");
		keys(Keys.ENTER);
		tabTo((e) -> "parties0".equals(e.getDomAttribute("id")), "the first party");
		keys("Kyoto Univ");
		waitVisible(By.cssSelector("#parties0 + [role=listbox] [role=option]"));
		keys(Keys.ARROW_DOWN, Keys.ENTER);
		assertThat(focused().getDomProperty("value")).isEqualTo("Kyoto University");
		tabTo((e) -> "parties1".equals(e.getDomAttribute("id")), "the second party");
		keys("Hirosaki Univ");
		waitVisible(By.cssSelector("#parties1 + [role=listbox] [role=option]"));
		keys(Keys.ARROW_DOWN, Keys.ENTER);
		tabTo((e) -> "save".equals(e.getDomAttribute("id")), "Save");
		keys(Keys.ENTER);

		// The error summary has the focus; its link leads to the field.
		waitFor(By.id("error-summary"));
		assertThat(focused().getDomAttribute("id")).isEqualTo("error-summary");
		assertThat(focused().getText()).contains("Title");
		keys(Keys.TAB);
		assertThat(focused().getDomAttribute("href")).endsWith("#title");
		keys(Keys.ENTER);
		assertThat(focused().getDomAttribute("id")).isEqualTo("title");
		assertThat(focused().getDomAttribute("aria-invalid")).isEqualTo("true");
		keys("Exchange of students between Kyoto University and Hirosaki University (keyboard)");
		assertThat(this.browser.findElement(By.id("parties1")).getDomProperty("value"))
			.isEqualTo("Hirosaki University");
		tabTo((e) -> "save".equals(e.getDomAttribute("id")), "Save");
		keys(Keys.ENTER);

		WebElement saved = waitFor(By.cssSelector(".alert-success"));
		assertThat(saved.getText()).isEqualTo("The agreement has been saved.");
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Exchange of students between Kyoto University and Hirosaki University (keyboard)");
		BrowserSupport.screenshot(this.browser, "keyboard-journey-saved.png");
		assertThat(this.unseenFocus).as("controls that took the focus without showing it").isEmpty();
	}

	/**
	 * Presses Tab until the focused element is the one sought, checking each on the way.
	 */
	private void tabTo(Predicate<WebElement> sought, String what) {
		for (int i = 0; i < MAX_TABS; i++) {
			keys(Keys.TAB);
			WebElement element = focused();
			if (!(Boolean) this.browser.executeScript(FOCUS_SHOWN)) {
				this.unseenFocus.add(this.browser.executeScript(FOCUS_STATE) + " " + this.browser.getCurrentUrl() + " "
						+ element.getTagName() + "#" + element.getDomAttribute("id") + " " + element.getText());
			}
			if (sought.test(element)) {
				return;
			}
		}
		throw new AssertionError(
				what + " was not reached within " + MAX_TABS + " presses of Tab on " + this.browser.getCurrentUrl());
	}

	/**
	 * Presses the down arrow in an open menu until the item with this text has the focus.
	 */
	private void arrowTo(String text) {
		for (int i = 0; i < 10; i++) {
			keys(Keys.ARROW_DOWN);
			if (focused().getText().equals(text)) {
				return;
			}
		}
		throw new AssertionError(text + " was not reached with the arrow keys");
	}

	private void keys(CharSequence... keys) {
		new Actions(this.browser).sendKeys(keys).perform();
	}

	private WebElement focused() {
		return this.browser.switchTo().activeElement();
	}

	private WebElement waitFor(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	private WebElement waitVisible(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

}
