package org.accord.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser test: the portal on a random port, and a fresh headless Chromium (its own
 * profile folder) for each test, closed after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	protected ChromeDriver browser;

	private Path userData;

	@BeforeEach
	void openBrowser() throws Exception {
		this.userData = BrowserSupport.userDataDirectory();
		this.browser = BrowserSupport.start(this.userData);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		if (this.browser != null) {
			this.browser.quit();
		}
		BrowserSupport.deleteRecursively(this.userData);
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
