package org.accord.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader opens the dashboard: every chart is drawn, and a filter changes the figures.
 */
class DashboardBrowserTests extends BrowserTest {

	/** True when the canvas holds something other than an empty canvas of its size. */
	private static final String CANVAS_DRAWN = """
			var canvas = arguments[0];
			var blank = document.createElement('canvas');
			blank.width = canvas.width;
			blank.height = canvas.height;
			return canvas.width > 0 && canvas.toDataURL() !== blank.toDataURL();""";

	@Test
	void drawsEveryChartAndFiltersTheFigures() throws Exception {
		BrowserSupport.signIn(this.browser, this.port, "leader", "demo");
		this.browser.findElement(By.linkText("Dashboard")).click();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-drawn]")));

		List<WebElement> canvases = this.browser.findElements(By.cssSelector("canvas[data-chart]"));
		assertThat(canvases).hasSize(4);
		for (WebElement canvas : canvases) {
			assertThat(this.browser.executeScript(CANVAS_DRAWN, canvas)).as(canvas.getAttribute("aria-label"))
				.isEqualTo(true);
		}
		assertThat(this.browser.findElements(By.cssSelector("svg.world-map path"))).hasSizeGreaterThan(150);
		assertThat(this.browser.findElements(By.cssSelector("svg.world-map .shade-5"))).isNotEmpty();
		String partners = figure("Partner institutions");
		BrowserSupport.screenshot(this.browser, "dashboard.png");

		new Select(this.browser.findElement(By.id("country"))).selectByValue("DE");
		this.browser.findElement(By.id("apply-filter")).click();
		wait.until(ExpectedConditions.urlContains("country=DE"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-drawn]")));
		assertThat(figure("Partner institutions")).isNotEqualTo(partners).isEqualTo("1");
		assertThat(new Select(this.browser.findElement(By.id("country"))).getFirstSelectedOption().getText())
			.isEqualTo("Germany");
		assertThat(BrowserSupport.consoleErrors(this.browser)).isEmpty();
	}

	private String figure(String label) {
		return this.browser.findElement(By.xpath("//span[contains(@class,'figure-label') and text()='" + label
				+ "']/preceding-sibling::span[contains(@class,'figure-value')]"))
			.getText();
	}

}
