package org.accord.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every page a role can reach, in English, Chinese and Japanese, passes axe-core's WCAG
 * 2.1 A and AA rules; so do the forms in their error state and the sign-in page.
 * <p>
 * The pages are found as a user finds them: from the overview, every link of every page
 * is followed (one page per address shape, so {@code /institutions/7} stands for every
 * partner page), downloads and the sign-out left aside. Each form for a new record is
 * then sent empty, and the page that comes back with its errors is checked too. The
 * report of every violation (rule, page, element) is written to
 * {@code target/accessibility/ROLE.txt}.
 */
class AccessibilityBrowserTests extends BrowserTest {

	private static final List<String> LANGUAGES = List.of("en", "zh", "ja");

	private final List<Axe.Violation> violations = new ArrayList<>();

	private int checked;

	@BeforeEach
	void installAxe() throws Exception {
		Axe.installInto(this.browser);
	}

	@ParameterizedTest
	@ValueSource(strings = { "viewer", "editor", "leader", "admin" })
	void everyPageTheRoleReachesPassesAxeInEveryLanguage(String role) throws Exception {
		assumeTrue(System.getProperty("accord.axe.role", role).equals(role), "-Daccord.axe.role chose another role");
		this.browser.get(url("/login"));
		check("/login");
		this.browser.get(url("/login?error=failed"));
		check("/login?error=failed");

		BrowserSupport.signIn(this.browser, this.port, role, "demo");
		this.browser.get(url("/?lang=en"));
		List<String> pages = Crawl.pages(this.browser, this.port, (page) -> checkShown("en", page));
		assertThat(pages).as("pages reached by %s", role).hasSizeGreaterThan(role.equals("admin") ? 30 : 15);
		// Pages reached by typing rather than by a link: results, no results, an empty
		// list,
		// a record that is not there, and (for those who may import) an upload's preview.
		List<String> typed = new ArrayList<>(List.of("/search?q=kyoto", "/search?q=hirosaky", "/search?q=qqxxzzqq",
				"/institutions?q=qqxxzzqq", "/institutions/999999"));
		String preview = pages.contains("/import?kind=INSTITUTIONS") ? uploadForPreview() : null;
		if (preview != null) {
			typed.add(preview);
		}
		typed.forEach((page) -> open("en", page));
		pages.addAll(typed);
		for (String language : List.of("zh", "ja")) {
			this.browser.get(url("/?lang=" + language));
			pages.forEach((page) -> open(language, page));
		}
		if (preview != null) {
			this.browser.get(url(preview));
			this.browser.findElement(By.id("discard-import")).click();
		}
		report(role, pages);
		assertThat(this.violations)
			.as("axe-core violations for %s on %d page checks (report: target/accessibility/%s.txt)", role,
					this.checked, role)
			.isEmpty();
	}

	/** Opens the page and checks it, in the language chosen before. */
	private void open(String language, String page) {
		this.browser.get(url(page));
		checkShown(language, page);
	}

	/**
	 * Checks the page the browser shows; a form for a new record is then sent empty and
	 * the page with its errors checked too.
	 */
	private void checkShown(String language, String page) {
		check(language + " " + page);
		if (page.endsWith("/new") || page.equals("/account/password") || page.startsWith("/import?")) {
			List<WebElement> save = this.browser
				.findElements(By.cssSelector("main form[method=post] button.btn-primary[type=submit]"));
			if (!save.isEmpty()) {
				this.browser.executeScript("arguments[0].form.requestSubmit(arguments[0])", save.get(0));
				new WebDriverWait(this.browser, Duration.ofSeconds(10))
					.until(ExpectedConditions.stalenessOf(save.get(0)));
				check(language + " " + page + " (sent empty)");
			}
		}
	}

	private void check(String name) {
		this.violations.addAll(Axe.check(this.browser, name));
		this.checked++;
	}

	/**
	 * Uploads a file of two partners, one with a problem, and returns the address of its
	 * preview once checked.
	 */
	private String uploadForPreview() throws IOException {
		Path csv = Files.createTempFile("partners-", ".csv");
		Files.writeString(csv, """
				Name,Name in own script,Kind,Country,City,Website,Alternative names
				Axe Test University,アクセステスト大学,University,JP,Sendai,https://axe.example.jp/,ATU
				Axe Planet Institute,,Planet,XX,,,
				""");
		this.browser.get(url("/import?kind=INSTITUTIONS"));
		this.browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.urlMatches("/import/\\d+$"));
		String preview = URI.create(this.browser.getCurrentUrl()).getRawPath();
		wait.until((browser) -> {
			browser.navigate().refresh();
			return browser.findElements(By.cssSelector("[data-import-working]")).isEmpty();
		});
		Files.delete(csv);
		return preview;
	}

	private void report(String role, List<String> pages) throws IOException {
		Path target = Path.of("target", "accessibility");
		Files.createDirectories(target);
		StringBuilder text = new StringBuilder();
		text.append(role)
			.append(": ")
			.append(pages.size())
			.append(" pages × ")
			.append(LANGUAGES.size())
			.append(" languages, ")
			.append(this.checked)
			.append(" checks (forms sent empty and the sign-in page included), ")
			.append(this.violations.size())
			.append(" violations\n\n");
		pages.forEach((page) -> text.append("  ").append(page).append('\n'));
		text.append('\n');
		this.violations.forEach((violation) -> text.append(violation).append("\n\n"));
		Files.writeString(target.resolve(role + ".txt"), text);
	}

}
