package org.reassure.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.reassure.testing.Chromium;
import org.reassure.testing.ReassureTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/** The statistics pages and the public statistics page in Debian Chromium with axe-core: no violations, with errors shown too. */
@ReassureTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsPagesAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Chromium.start(true);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void statistics_pages_have_no_accessibility_violations() throws Exception {
        browser.get(url("/statistics"));
        browser.manage().deleteAllCookies();
        check(List.of("/statistics", "/statistics?lang=cy"), "public");
        signIn("analyst");
        long dipCheck = jdbc.sql("SELECT min(id) FROM insights_dip_check").query(Long.class).single();
        check(List.of("/insights", "/insights?from-month=13&from-year=2026&strand=NONE", "/insights/return", "/insights/return?year=x",
                "/insights/quality", "/insights/open-data", "/insights/quality/dip-checks/" + dipCheck), "analyst");
        signIn("supervisor");
        check(List.of("/insights", "/insights/quality"), "supervisor");
    }

    private void check(List<String> paths, String who) throws Exception {
        for (String path : paths) {
            browser.get(url(path));
            assertThat(browser.getTitle()).as(path).doesNotContain("Sorry");
            assertThat(Chromium.axeViolations(browser)).as(who + " " + path).isEmpty();
            Chromium.screenshot(browser, "insights-" + who + path.replaceAll("[^a-z0-9]+", "-"));
        }
    }

    private void signIn(String username) {
        Chromium.signIn(browser, url(""), username);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
