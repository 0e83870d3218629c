package org.accord.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff journey in a real browser: open the new-agreement form, submit it with a
 * mistake, see the error beside the field with the input kept, fix it, save, and find the
 * agreement on the list and on both parties' pages, attach the signed PDF and download
 * it.
 */
@TestPropertySource(properties = "accord.test.database=editing-browser")
class AgreementJourneyBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEditorRecordsASignedAgreementAfterFixingAMistake() throws Exception {
		BrowserSupport.signIn(this.browser, this.port, "editor", "demo");
		this.browser.get(url("/agreements"));
		this.browser.findElement(By.linkText("New agreement")).click();

		type("title", "Memorandum of understanding between Kyoto University and the University of Ruse");
		new Select(this.browser.findElement(By.id("status"))).selectByValue("ACTIVE");
		type("parties0", "Kyoto University");
		type("parties1", "Ruse");
		type("signatoryParties0", "Kyoto University");
		type("signatoryNames0", "Kyoto signatory");
		type("signatoryRoles0", "President");
		// The mistake: an active agreement without the date it was signed.
		save();

		WebElement signedOn = wait(By.id("signedOn"));
		assertThat(signedOn.getDomAttribute("class")).contains("is-invalid");
		assertThat(this.browser.findElement(By.id("signedOn-error")).getText())
			.isEqualTo("An active agreement needs the date it was signed.");
		assertThat(this.browser.findElement(By.id("error-summary")).getText()).contains("Signed on");
		assertThat(this.browser.findElement(By.id("title")).getDomProperty("value"))
			.isEqualTo("Memorandum of understanding between Kyoto University and the University of Ruse");
		assertThat(this.browser.findElement(By.id("parties1")).getDomProperty("value")).isEqualTo("Ruse");
		assertThat(this.browser.findElement(By.id("signatoryNames0")).getDomProperty("value"))
			.isEqualTo("Kyoto signatory");
		screenshot("agreement-form-error.png");

		type("signedOn", "2025-11-03");
		save();

		WebElement heading = wait(By.tagName("h1"));
		assertThat(heading.getText())
			.isEqualTo("Memorandum of understanding between Kyoto University and the University of Ruse");
		assertThat(this.browser.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("The agreement has been saved.");
		String parties = this.browser.findElement(By.id("parties")).getText();
		assertThat(parties).contains("Kyoto University", "京都大学", "University of Ruse", "Kyoto signatory");
		String reference = this.browser.findElement(By.cssSelector(".breadcrumb-item.active")).getText();
		assertThat(reference).matches("AGR-2025-\\d{3}");

		// Attach the signed PDF, and download it again.
		Path pdf = Files.createTempFile("signed-", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n% Accord browser test\n%%EOF\n");
		this.browser.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		type("description", "Signed copy");
		this.browser.findElement(By.id("attach")).submit();
		WebElement link = wait(By.cssSelector("#documents a[href*='/documents/']"));
		assertThat(link.getText()).startsWith("signed-").endsWith(".pdf");
		Object downloaded = this.browser.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						fetch(arguments[0]).then(async (r) => done(r.headers.get('content-type') + ' '
						    + r.headers.get('content-disposition').startsWith('attachment') + ' ' + (await r.text()).length));""",
				link.getDomProperty("href"));
		assertThat(downloaded).isEqualTo("application/pdf true " + Files.size(pdf));
		Files.delete(pdf);

		this.browser.get(url("/agreements?q=" + reference));
		assertThat(this.browser.findElement(By.tagName("table")).getText()).contains(reference);
		for (String party : new String[] { "Kyoto University", "University of Ruse" }) {
			this.browser.get(url("/institutions?q=" + party.replace(' ', '+')));
			this.browser.findElement(By.linkText(party)).click();
			assertThat(wait(By.id("agreements")).getText()).contains(reference);
		}
		screenshot("agreement-on-party-page.png");
	}

	@Test
	void aPartyIsPickedFromTheSuggestionsByMouseOrKeyboard() throws Exception {
		BrowserSupport.signIn(this.browser, this.port, "editor", "demo");
		this.browser.get(url("/agreements/new"));

		type("parties0", "hiros");
		WebElement first = waitVisible(By.cssSelector("#parties0 + [role=listbox] [role=option]"));
		assertThat(first.getText()).startsWith("Hirosaki University").contains("弘前大学", "Japan");
		assertThat(this.browser.findElement(By.id("parties0")).getDomAttribute("aria-expanded")).isEqualTo("true");
		screenshot("agreement-form-suggestions.png");
		first.click();
		assertThat(this.browser.findElement(By.id("parties0")).getDomProperty("value"))
			.isEqualTo("Hirosaki University");
		assertThat(this.browser.findElement(By.cssSelector("#parties0 + [role=listbox]")).isDisplayed()).isFalse();

		type("parties1", "Kyōto univ");
		waitVisible(By.cssSelector("#parties1 + [role=listbox] [role=option]"));
		WebElement field = this.browser.findElement(By.id("parties1"));
		field.sendKeys(Keys.ARROW_DOWN);
		assertThat(field.getDomAttribute("aria-activedescendant")).isNotNull();
		field.sendKeys(Keys.ENTER);
		assertThat(field.getDomProperty("value")).isEqualTo("Kyoto University");
		assertThat(this.browser.getCurrentUrl()).endsWith("/agreements/new");
	}

	@Test
	void aPartyWhoseNameTwoInstitutionsShareIsPickedByItsCountry() throws Exception {
		this.jdbc.update("""
				insert into institution (name_en, kind, country_code)
				values ('Browser Twin University', 'UNIVERSITY', 'JP'), ('Browser Twin University', 'UNIVERSITY', 'CN')
				""");
		BrowserSupport.signIn(this.browser, this.port, "editor", "demo");
		this.browser.get(url("/agreements/new"));
		type("title", "Agreement with a twin");
		type("parties0", "Kyoto University");
		type("parties1", "Browser Twin University");
		save();
		// Typed bare, the name is refused beside the field with the names that tell the
		// two apart, the input kept.
		WebElement error = wait(By.id("parties1-error"));
		assertThat(error.getText()).contains("Browser Twin University (Japan)", "Browser Twin University (China)");
		assertThat(this.browser.findElement(By.id("parties1")).getDomProperty("value"))
			.isEqualTo("Browser Twin University");
		screenshot("agreement-form-shared-name.png");

		type("parties1", "browser twin");
		WebElement china = new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
					"//*[@id='parties1']/following-sibling::*[@role='listbox']//*[@role='option'][contains(., 'China')]")));
		china.click();
		assertThat(this.browser.findElement(By.id("parties1")).getDomProperty("value"))
			.isEqualTo("Browser Twin University (China)");
		save();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches("/agreements/\\d+$"));
		assertThat(this.browser.findElement(By.id("parties")).getText()).contains("Browser Twin University");
		assertThat(this.jdbc.queryForObject("""
				select i.country_code from agreement a join agreement_party p on p.agreement_id = a.id
				join institution i on i.id = p.institution_id
				where a.title = 'Agreement with a twin' and i.name_en = 'Browser Twin University'""", String.class))
			.isEqualTo("CN");
	}

	@Test
	void contactsAreAttachedFromTheNewAgreementFormItself() throws Exception {
		BrowserSupport.signIn(this.browser, this.port, "editor", "demo");
		// A recorded contact at a party: typed parties, then their contacts shown.
		this.browser.get(url("/agreements/new"));
		type("title", "Exchange with Chuo University and a contact");
		type("parties0", "Chuo University");
		type("parties1", "University of Shanghai for Science and Technology");
		this.browser.executeScript("arguments[0].form.requestSubmit(arguments[0])",
				this.browser.findElement(By.cssSelector("#contact button[name=moreRows]")));
		Select person = new Select(wait(By.id("contactPerson")));
		assertThat(person.getOptions()).extracting(WebElement::getText)
			.contains("Fukuhiko Fukuhara · Chuo University",
					"Wu Jianyong · University of Shanghai for Science and Technology")
			.noneMatch((option) -> option.contains("Chongqing"));
		person.selectByVisibleText("Fukuhiko Fukuhara · Chuo University");
		new Select(this.browser.findElement(By.id("contactRole"))).selectByValue("SIGNS");
		screenshot("agreement-form-contact.png");
		save();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches("/agreements/\\d+$"));
		assertThat(this.browser.findElement(By.id("contacts")).getText()).contains("Fukuhiko Fukuhara");

		// A new contact, named in the form: refused at an institution that is not a party
		// (input kept), then recorded at one of the parties with the agreement.
		this.browser.get(url("/agreements/new"));
		type("title", "Exchange with a new contact");
		type("parties0", "Chuo University");
		type("parties1", "University of Shanghai for Science and Technology");
		type("contactName", "Hanako Browser");
		type("contactEmail", "hanako@example.org");
		type("contactInstitution", "Kyoto University");
		save();
		assertThat(wait(By.id("contactInstitution-error")).getText()).isEqualTo("Type one of the parties above.");
		assertThat(this.browser.findElement(By.id("contactName")).getDomProperty("value")).isEqualTo("Hanako Browser");
		type("contactInstitution", "Chuo University");
		save();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches("/agreements/\\d+$"));
		assertThat(this.browser.findElement(By.id("contacts")).getText()).contains("Hanako Browser");
		assertThat(this.jdbc.queryForObject("""
				select i.name_en || ' ' || p.email from person p join institution i on i.id = p.institution_id
				where p.name = 'Hanako Browser'""", String.class)).isEqualTo("Chuo University hanako@example.org");
	}

	/**
	 * Submits the form with its save button. Headless Chromium keeps a suggestion list
	 * open over the button after typing into a field with suggestions, so the button's
	 * own submit is used.
	 */
	private void save() {
		WebElement button = this.browser.findElement(By.id("save"));
		this.browser.executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private WebElement wait(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	private WebElement waitVisible(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	private void screenshot(String name) throws Exception {
		BrowserSupport.screenshot(this.browser, name);
	}

}
