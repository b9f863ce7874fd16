package org.reassure.accessibility;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case work and victim care pages in Welsh, as a force in Wales uses them: each page is marked as Welsh, its
 * heading is not the English one, and axe-core finds nothing in Debian Chromium.
 */
@ReassureTest
class CaseAndCarePagesInWelshAccessibilityTest extends PagesInChromium {

    CaseAndCarePagesInWelshAccessibilityTest() {
        super("welsh");
    }

    @Autowired
    JdbcClient jdbc;

    private String reference;

    @BeforeAll
    void createCase() {
        reference = TestCases.newReport(jdbc, "HNS-CSU");
    }

    @AfterEach
    void backToEnglish() {
        browser.get(url("/?lang=en"));
    }

    @Test
    void a_supervisors_case_and_care_pages_read_in_welsh_without_accessibility_violations() throws IOException {
        signIn("supervisor");
        String caseUrl = "/cases/" + reference;
        String reported = jdbc.sql("SELECT r.reference FROM report r JOIN hate_case c ON c.reference = r.reference "
                        + "JOIN unit u ON u.id = c.unit_id WHERE u.code LIKE 'HNS%' AND r.people_involved IS NOT NULL "
                        + "AND r.anonymous = FALSE AND NOT c.restricted ORDER BY r.received_at LIMIT 1")
                .query(String.class)
                .single();
        checkInWelsh(List.of(
                "/cases",
                "/cases/triage",
                "/cases/review",
                "/cases/workload",
                "/cases/new",
                caseUrl,
                caseUrl + "/print",
                "/cases/" + reported + "/print",
                caseUrl + "/recording",
                caseUrl + "/people/new",
                caseUrl + "/evidence/new",
                caseUrl + "/contacts/new",
                caseUrl + "/needs-assessment",
                caseUrl + "/contact-agreement",
                caseUrl + "/support-officer",
                caseUrl + "/statements/new?kind=VICTIM_PERSONAL",
                "/care/my-work",
                "/care/compliance",
                "/care/satisfaction"));
    }

    @Test
    void the_rule_administration_pages_read_in_welsh_without_accessibility_violations() throws IOException {
        signIn("admin");
        checkInWelsh(List.of("/admin/care-rules", "/admin/care-rules/new"));
    }

    /** Reads each page in English, then in Welsh: the Welsh page says it is Welsh and has a Welsh heading. */
    private void checkInWelsh(List<String> paths) throws IOException {
        for (String path : paths) {
            browser.get(url("/?lang=en"));
            browser.get(url(path));
            String english = heading();
            browser.get(url("/?lang=cy"));
            check(List.of(path), "cy");
            assertThat(browser.getTitle()).as(path).doesNotContain("Sorry").doesNotContain("Mae'n ddrwg");
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                    .as(path)
                    .isEqualTo("cy");
            assertThat(heading()).as(path + " heading in Welsh").isNotEqualTo(english);
        }
    }

    private String heading() {
        return browser.findElement(By.cssSelector("main h1")).getText();
    }
}
