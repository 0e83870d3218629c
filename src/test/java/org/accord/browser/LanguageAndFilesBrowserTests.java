package org.accord.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member in a real browser switches the language, downloads a filtered list and
 * reads it back, and imports a file with one bad row (refused, nothing written) and then
 * a good one (its records appear).
 */
@TestPropertySource(properties = "accord.test.database=editing-browser")
class LanguageAndFilesBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void signInAsEditor() throws Exception {
		BrowserSupport.signIn(this.browser, this.port, "editor", "demo");
	}

	@Test
	void theChosenLanguageChangesEveryPageAndIsRemembered() {
		this.browser.get(url("/agreements"));
		assertThat(heading()).isEqualTo("Agreements");
		chooseLanguage("简体中文");
		assertThat(heading()).isEqualTo("协议");
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh");
		this.browser.get(url("/institutions"));
		assertThat(heading()).isEqualTo("机构");
		chooseLanguage("日本語");
		assertThat(heading()).isEqualTo("機関");
		this.browser.get(url("/agreements"));
		assertThat(heading()).isEqualTo("協定");
		chooseLanguage("English");
		assertThat(heading()).isEqualTo("Agreements");
	}

	@Test
	void aFilteredListDownloadsWithExactlyItsRows() {
		this.browser.get(url("/institutions?country=JP"));
		String summary = this.browser.findElement(By.cssSelector("main p.small.text-body-secondary")).getText();
		Matcher total = Pattern.compile("of (\\d+)").matcher(summary);
		assertThat(total.find()).as(summary).isTrue();
		WebElement csvLink = this.browser.findElement(By.linkText("CSV"));
		String csv = (String) this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(async (r) => done(new TextDecoder('utf-8', { ignoreBOM: true })
				    .decode(await r.arrayBuffer())));""", csvLink.getDomProperty("href"));
		assertThat(csv)
			.startsWith("\uFEFF\"Name\",\"Name in own script\",\"Acronym\",\"Kind\",\"Country\",\"City\",\"Website\"");
		List<String> rows = csv.lines().skip(1).toList();
		assertThat(rows).hasSize(Integer.parseInt(total.group(1)));
		assertThat(rows).allMatch((row) -> row.contains(",\"JP\","));
		assertThat(rows).anyMatch((row) -> row.startsWith("\"Chuo University\",\"中央大学\","));
	}

	@Test
	void aFileWithABadRowChangesNothingAndAGoodFileDoes() throws Exception {
		Path bad = csv("bad-partners-", """
				Name,Name in own script,Kind,Country,City
				Sapporo Browser University,札幌ブラウザ大学,UNIVERSITY,JP,Sapporo
				Nowhere Browser Institute,,UNIVERSITY,XX,
				""");
		upload(bad);
		WebElement counts = waitFor(By.id("import-counts"));
		assertThat(counts.getText()).isEqualTo("2 rows: 1 to create, 0 to update, 1 with problems.");
		assertThat(this.browser.findElement(By.id("import-rows")).getText()).contains("Country:");
		assertThat(this.browser.findElements(By.id("confirm-import"))).isEmpty();
		assertThat(this.browser.findElement(By.id("import-blocked")).getText()).contains("Nothing can be imported");
		screenshot("import-refused-row.png");
		// The problems were kept as messages, not as the uploader's English: each reader
		// reads them in their own language.
		String preview = this.browser.getCurrentUrl();
		for (String[] language : new String[][] { { "zh-CN", "国家/地区：请选择国家或地区" }, { "ja", "国・地域：国・地域を選んでください" } }) {
			this.browser.get(preview + "?lang=" + language[0]);
			assertThat(this.browser.findElement(By.id("import-rows")).getText()).contains(language[1])
				.doesNotContain("Country")
				.doesNotContain("Choose");
			screenshot("import-preview-" + language[0] + ".png");
		}
		this.browser.get(preview + "?lang=en");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from institution where name_en = 'Sapporo Browser University'", Long.class))
			.isZero();

		Path good = csv("good-partners-", """
				Name,Name in own script,Kind,Country,City
				Sapporo Browser University,札幌ブラウザ大学,UNIVERSITY,JP,Sapporo
				""");
		upload(good);
		waitFor(By.id("confirm-import")).click();
		WebElement done = new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("import-done")));
		assertThat(done.getText()).contains("1 record created, 0 updated");
		this.browser.get(url("/institutions?q=Sapporo+Browser"));
		this.browser.findElement(By.linkText("Sapporo Browser University")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("札幌ブラウザ大学");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains(good.getFileName().toString());
		// An editor changes its kind; the history names the kinds in each reader's
		// language
		// (screenshots for the reader's eye).
		String page = this.browser.getCurrentUrl();
		this.browser.get(page + "/edit");
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("ALLIANCE");
		this.browser.executeScript("arguments[0].form.requestSubmit(arguments[0])",
				this.browser.findElement(By.id("save")));
		waitFor(By.id("history"));
		for (String[] language : new String[][] { { "en", "Alliance or consortium" }, { "zh-CN", "联盟或协作体" },
				{ "ja", "連合・コンソーシアム" } }) {
			this.browser.get(page + "?lang=" + language[0]);
			WebElement history = this.browser.findElement(By.id("history"));
			assertThat(history.getText()).contains(language[1]).doesNotContain("ALLIANCE");
			this.browser.executeScript("arguments[0].scrollIntoView()", history);
			screenshot("history-" + language[0] + ".png");
		}
		this.browser.get(page + "?lang=en");
		Files.delete(bad);
		Files.delete(good);
	}

	private void upload(Path file) {
		this.browser.get(url("/import"));
		this.browser.findElement(By.id("kind-INSTITUTIONS")).click();
		this.browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
	}

	private static Path csv(String prefix, String content) throws Exception {
		Path file = Files.createTempFile(prefix, ".csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private void chooseLanguage(String name) {
		this.browser.findElement(By.id("language-menu")).click();
		waitFor(By.linkText(name)).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("language-menu"), name));
	}

	private String heading() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

	private WebElement waitFor(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.elementToBeClickable(by));
	}

	private void screenshot(String name) throws Exception {
		BrowserSupport.screenshot(this.browser, name);
	}

}
