package org.reassure.accessibility;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Chromium;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trial pages in Debian Chromium with axe-core: no violations, in English and in Welsh, with errors shown, and the
 * plan form with JavaScript off.
 */
@ReassureTest
class TrialPagesAccessibilityTest extends PagesInChromium {

    TrialPagesAccessibilityTest() {
        super("trials");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void analyst_and_supervisor_trial_pages_have_no_accessibility_violations() throws Exception {
        long demo = jdbc.sql("SELECT id FROM trial ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        signIn(browser, "analyst");
        String enrolled = jdbc.sql(
                        "SELECT case_reference FROM trial_enrolment WHERE trial_id = ? ORDER BY enrolled_at LIMIT 1")
                .param(demo)
                .query(String.class)
                .single();
        List<String> paths = List.of(
                "/trials",
                "/trials/new",
                "/trials/" + demo,
                "/trials/" + demo + "/edit",
                "/trials/" + demo + "/enrolments",
                "/trials/" + demo + "/results",
                "/cases/" + enrolled);
        check(paths, "analyst");
        browser.get(url("/trials/new"));
        go(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter a name for the trial");
        assertThat(Chromium.axeViolations(browser)).as("plan form with errors").isEmpty();
        Chromium.screenshot(browser, "trials-new-errors");
        browser.get(url("/trials/" + demo + "/edit"));
        go(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("give the reason");
        assertThat(Chromium.axeViolations(browser))
                .as("locked plan without a reason")
                .isEmpty();

        // The same pages in Welsh: the session keeps the language until /?lang=en.
        browser.get(url("/trials?lang=cy"));
        check(paths, "analyst-cy");
        browser.get(url("/trials/new"));
        go(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Rhowch enw ar gyfer y treial");
        assertThat(Chromium.axeViolations(browser))
                .as("plan form with errors, in Welsh")
                .isEmpty();
        browser.get(url("/?lang=en"));

        signIn(browser, "supervisor");
        List<String> supervisorPages = List.of("/trials", "/trials/" + demo, "/trials/" + demo + "/results");
        check(supervisorPages, "supervisor");
        browser.get(url("/trials?lang=cy"));
        check(supervisorPages, "supervisor-cy");
        browser.get(url("/?lang=en"));
    }

    @Test
    void an_analyst_registers_a_trial_with_javascript_off() throws Exception {
        WebDriver noScript = Chromium.start(false);
        try {
            signIn(noScript, "analyst");
            noScript.get(url("/trials/new"));
            noScript.findElement(By.id("name")).sendKeys("No script trial");
            noScript.findElement(By.id("question")).sendKeys("Does SRC reduce withdrawal for disability hate crime?");
            noScript.findElement(By.id("strands-DISABILITY")).click();
            for (String[] field : new String[][] {
                {"from", "1"},
                {"from-month", "1"},
                {"from-year", "2027"},
                {"to", "31"},
                {"to-month", "12"},
                {"to-year", "2027"},
                {"targetSize", "300"},
                {"controlRisk", "30"},
                {"hopedRisk", "20"}
            }) {
                noScript.findElement(By.id(field[0])).sendKeys(field[1]);
            }
            go(noScript, By.cssSelector("main form button[type=submit]"));
            assertThat(noScript.getPageSource())
                    .contains("Trial registered as a draft", "No script trial", "Power to detect");
        } finally {
            noScript.quit();
        }
    }
}
