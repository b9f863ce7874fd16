package org.reassure.accessibility;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.reassure.testing.Chromium;

/**
 * What every accessibility test shares: one Chromium with JavaScript on for the whole class, and the steps to sign
 * in, follow a link or button, and check pages with axe (screenshots named by the class's prefix).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PagesInChromium {

    @LocalServerPort
    int port;

    WebDriver browser;

    private final String prefix;

    PagesInChromium(String prefix) {
        this.prefix = prefix;
    }

    @BeforeAll
    final void startBrowser() throws Exception {
        browser = Chromium.start(true);
    }

    @AfterAll
    final void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens each page as the signed-in person and expects no axe violations. */
    void check(List<String> paths, String who) throws IOException {
        Chromium.checkPages(browser, url(""), paths, prefix + "-" + who);
    }

    void signIn(String username) {
        signIn(browser, username);
    }

    void signIn(WebDriver driver, String username) {
        Chromium.signIn(driver, url(""), username);
    }

    static void go(WebDriver driver, By target) {
        Chromium.clickThrough(driver, target);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
