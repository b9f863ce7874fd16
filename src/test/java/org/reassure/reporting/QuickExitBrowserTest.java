package org.reassure.reporting;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.reassure.testing.Chromium;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Exit this page" in Debian Chromium: with JavaScript off, the button is a link that leaves for the neutral site;
 * with JavaScript on, GOV.UK Frontend's script (allowed by the Content Security Policy) also leaves when Shift is
 * pressed three times. The neutral site is not reachable from the test machine: what counts is that the browser goes
 * there. The new public pages are checked with axe in {@link PublicPagesBrowserTest}.
 */
@ReassureTest
class QuickExitBrowserTest {

    @LocalServerPort
    int port;

    @Value("${reassure.public.quick-exit-url}")
    String exitUrl;

    @Test
    void with_javascript_off_the_button_is_a_link_to_the_neutral_site() throws Exception {
        WebDriver browser = Chromium.start(false);
        try {
            browser.get("http://localhost:" + port + "/report");
            assertThat(browser.findElement(By.tagName("body")).getAttribute("class"))
                    .doesNotContain("js-enabled");
            browser.findElement(By.cssSelector(".govuk-exit-this-page__button")).click();
            assertLeftForTheNeutralSite(browser);
        } finally {
            browser.quit();
        }
    }

    @Test
    void with_javascript_on_pressing_shift_three_times_leaves_for_the_neutral_site() throws Exception {
        WebDriver browser = Chromium.start(true);
        try {
            browser.get("http://localhost:" + port + "/report/who?lang=cy");
            // Started by initAll: the script adds its indicator to the button.
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector(".govuk-exit-this-page__indicator"))
                            .isEmpty());
            Actions keyboard = new Actions(browser);
            for (int press = 0; press < 3; press++) {
                keyboard.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
            }
            assertLeftForTheNeutralSite(browser);
        } finally {
            browser.quit();
        }
    }

    private void assertLeftForTheNeutralSite(WebDriver browser) {
        String local = "http://localhost:" + port;
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !String.valueOf(d.getCurrentUrl()).startsWith(local));
        assertThat(browser.getCurrentUrl()).startsWith(exitUrl);
    }
}
