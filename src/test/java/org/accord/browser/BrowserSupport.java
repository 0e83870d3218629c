package org.accord.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts Debian's headless Chromium through its own ChromeDriver. Where they are not
 * installed the browser tests are skipped, unless ACCORD_REQUIRE_BROWSER=true (set by
 * .ci/run), where they fail.
 */
final class BrowserSupport {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private BrowserSupport() {
	}

	static Path userDataDirectory() throws IOException {
		return Files.createTempDirectory("accord-chromium");
	}

	static ChromeDriver start(Path userDataDirectory) {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!installed) {
			String message = "Browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium "
					+ "chromium-driver); they are not installed, so these tests are skipped.";
			if ("true".equals(System.getenv("ACCORD_REQUIRE_BROWSER"))) {
				fail(message + " ACCORD_REQUIRE_BROWSER=true makes that a failure.");
			}
			assumeTrue(false, message);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + userDataDirectory);
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/** Signs in through the real login page and waits for the overview. */
	static void signIn(WebDriver browser, int port, String username, String password) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	/**
	 * What the page wrote to the console at level SEVERE (errors) since the last call.
	 */
	static List<String> consoleErrors(WebDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(Object::toString)
			.toList();
	}

	/** Saves what the browser shows under target/screenshots/. */
	static void screenshot(TakesScreenshot browser, String name) throws IOException {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		Files.write(target.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (directory == null || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
