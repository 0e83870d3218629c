package org.accord.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff member searches for a partner from the navigation bar and opens its page. */
class PartnerSearchBrowserTests extends BrowserTest {

	@Test
	void searchesForAPartnerAndOpensItsPage() throws Exception {
		BrowserSupport.signIn(this.browser, this.port, "viewer", "demo");
		WebElement search = this.browser.findElement(By.id("nav-search"));
		search.sendKeys("弘前");
		search.submit();

		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		WebElement found = wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#found-institutions a[href^='/institutions/']")));
		assertThat(found.getText()).isEqualTo("Hirosaki University");
		found.click();

		wait.until(ExpectedConditions.urlMatches("/institutions/\\d+$"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("Hirosaki University")
			.contains("弘前大学");
		assertThat(this.browser.findElement(By.id("offices")).getText())
			.contains("Hirosaki University overseas office at the School of Energy and Power Engineering, DUT");
		assertThat(this.browser.findElement(By.id("delegations")).getText())
			.contains("20th Anniversary of Friendly Exchanges");
		// The page is styled by the WebJar's Bootstrap: the navigation bar has its
		// colour.
		assertThat(this.browser.findElement(By.cssSelector("nav.navbar")).getCssValue("background-color"))
			.isNotEqualTo("rgba(0, 0, 0, 0)");

		BrowserSupport.screenshot(this.browser, "partner-page.png");
	}

	@Test
	void correctsATypoAndMarksWhatWasFound() throws Exception {
		BrowserSupport.signIn(this.browser, this.port, "viewer", "demo");
		WebElement search = this.browser.findElement(By.id("nav-search"));
		search.sendKeys("Hirosaky");
		search.submit();
		WebElement found = new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#found-institutions a[href^='/institutions/']")));
		assertThat(found.getText()).isEqualTo("Hirosaki University");
		this.browser.get("http://localhost:" + this.port + "/search?q=kyoto");
		assertThat(this.browser.findElement(By.cssSelector("#found-institutions mark")).getText()).isEqualTo("Kyoto");
		BrowserSupport.screenshot(this.browser, "search-results.png");
	}

}
