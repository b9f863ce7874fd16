package org.reassure.accessibility;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics pages and the public statistics page in Debian Chromium with axe-core: no violations, with errors shown too. */
@ReassureTest
class InsightsPagesAccessibilityTest extends PagesInChromium {

    InsightsPagesAccessibilityTest() {
        super("insights");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void statistics_pages_have_no_accessibility_violations() throws Exception {
        browser.get(url("/statistics"));
        browser.manage().deleteAllCookies();
        check(List.of("/statistics", "/statistics?lang=cy"), "public");
        signIn("analyst");
        long dipCheck = jdbc.sql("SELECT min(id) FROM insights_dip_check")
                .query(Long.class)
                .single();
        List<String> analystPages = List.of(
                "/insights",
                "/insights?from-month=13&from-year=2026&strand=NONE",
                "/insights/return",
                "/insights/return?year=x",
                "/insights/quality",
                "/insights/open-data",
                "/insights/quality/dip-checks/" + dipCheck);
        check(analystPages, "analyst");
        // The same pages in Welsh: the language chosen is kept for the rest of the session.
        browser.get(url("/insights?lang=cy"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
        check(analystPages, "analyst-cy");
        browser.get(url("/insights?lang=en"));
        signIn("supervisor");
        check(List.of("/insights", "/insights/quality"), "supervisor");
        browser.get(url("/insights?lang=cy"));
        check(List.of("/insights", "/insights/quality"), "supervisor-cy");
        browser.get(url("/insights?lang=en"));
    }

    /** As every accessibility test checks pages, and none of them may be an error page. */
    @Override
    void check(List<String> paths, String who) throws IOException {
        for (String path : paths) {
            super.check(List.of(path), who);
            assertThat(browser.getTitle()).as(path).doesNotContain("Sorry");
        }
    }
}
