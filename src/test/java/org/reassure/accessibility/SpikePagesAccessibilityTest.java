package org.reassure.accessibility;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Chromium;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The spike alert pages in Debian Chromium with axe-core, on the demo alert: no violations, with errors shown, and with JavaScript off. */
@ReassureTest
class SpikePagesAccessibilityTest extends PagesInChromium {

    SpikePagesAccessibilityTest() {
        super("spikes");
    }

    @Autowired
    JdbcClient jdbc;

    private long demoAlert;

    @BeforeAll
    void findDemoAlert() throws Exception {
        demoAlert = jdbc.sql(
                        "SELECT a.id FROM spike_alert a JOIN unit u ON u.id = a.area_unit_id WHERE u.code = 'NWM' ORDER BY a.id LIMIT 1")
                .query(Long.class)
                .single();
    }

    @Test
    void analyst_and_neighbourhood_spike_pages_have_no_accessibility_violations() throws Exception {
        signIn(browser, "analyst");
        List<String> analystPages = List.of(
                "/spikes",
                "/spikes/" + demoAlert,
                "/spikes/levels",
                "/spikes/levels?area=NWM",
                "/spikes/levels?area=NOSUCH");
        check(analystPages, "analyst");
        browser.get(url("/spikes/" + demoAlert));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('chart-heading').scrollIntoView()");
        Chromium.screenshot(browser, "spikes-chart");
        go(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter a note");
        assertThat(Chromium.axeViolations(browser))
                .as("acknowledgement with errors")
                .isEmpty();
        Chromium.screenshot(browser, "spikes-acknowledge-errors");

        // The same pages in Welsh, with errors shown too: the language chosen is kept for the rest of the session.
        browser.get(url("/spikes?lang=cy"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
        check(analystPages, "analyst-cy");
        browser.get(url("/spikes/" + demoAlert));
        go(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Rhowch nodyn");
        assertThat(Chromium.axeViolations(browser))
                .as("acknowledgement with errors, in Welsh")
                .isEmpty();
        browser.get(url("/spikes?lang=en"));

        signIn(browser, "neighbourhood");
        check(List.of("/spikes", "/spikes/levels"), "neighbourhood");
        browser.get(url("/spikes?lang=cy"));
        check(List.of("/spikes", "/spikes/levels"), "neighbourhood-cy");
        browser.get(url("/spikes?lang=en"));
    }

    @Test
    void the_chart_and_its_table_show_with_javascript_off() throws Exception {
        WebDriver noScript = Chromium.start(false);
        try {
            signIn(noScript, "analyst");
            noScript.get(url("/spikes/" + demoAlert));
            assertThat(noScript.findElements(By.cssSelector("svg[role=img] rect")))
                    .isNotEmpty();
            assertThat(noScript.findElement(By.cssSelector("main table")).getText())
                    .contains("Cases in 7 days");
        } finally {
            noScript.quit();
        }
    }
}
