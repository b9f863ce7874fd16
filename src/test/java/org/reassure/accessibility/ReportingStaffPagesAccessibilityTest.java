package org.reassure.accessibility;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import org.reassure.reporting.NewReport;
import org.reassure.reporting.Reports;
import org.reassure.testing.Chromium;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting's staff pages in Debian Chromium with axe-core, in English and in Welsh: kiosk administration (with an
 * error, a new link and a revoked one) and a third-party reporting centre's reports (with an error and a message
 * sent).
 */
@ReassureTest
class ReportingStaffPagesAccessibilityTest extends PagesInChromium {

    private static final List<String> LANGUAGES = List.of("en", "cy");

    @Autowired
    Reports reports;

    ReportingStaffPagesAccessibilityTest() {
        super("reporting");
    }

    @Test
    void kiosk_administration_passes_axe_in_english_and_welsh() throws IOException {
        signIn("admin");
        for (String language : LANGUAGES) {
            browser.get(url("/admin/kiosks?lang=" + language));
            check(language, "kiosks");
            go(browser, By.cssSelector("main form[action='/admin/kiosks'] button"));
            assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                    .contains(language.equals("cy") ? "Rhowch ble mae’r ddyfais" : "Enter where the device is");
            check(language, "kiosks-error");
            browser.findElement(By.id("name")).sendKeys("Axe test kiosk " + language);
            go(browser, By.cssSelector("main form[action='/admin/kiosks'] button"));
            assertThat(browser.findElement(By.className("govuk-panel__title")).getText())
                    .contains("Axe test kiosk " + language);
            check(language, "kiosks-issued");
            go(browser, By.cssSelector("main form[action$='/revoke'] button"));
            assertThat(browser.findElement(By.className("govuk-notification-banner"))
                            .isDisplayed())
                    .isTrue();
            check(language, "kiosks-revoked");
        }
        browser.get(url("/?lang=en"));
    }

    @Test
    void a_centres_report_pages_pass_axe_in_english_and_welsh() throws IOException {
        Reports.Receipt made = reports.submitForCentre(
                new NewReport(
                        "ON_BEHALF",
                        true,
                        "Accessibility test of a centre's report.",
                        List.of("RACE"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                "thirdparty",
                "Hounslow Community Centre");
        signIn("thirdparty");
        for (String language : LANGUAGES) {
            browser.get(url("/centre/reports?lang=" + language));
            check(language, "centre-reports");
            go(browser, By.linkText(made.reference()));
            check(language, "centre-report");
            go(browser, By.cssSelector("main form[action$='/messages'] button"));
            assertThat(browser.findElements(By.className("govuk-error-summary")))
                    .isNotEmpty();
            check(language, "centre-report-error");
            browser.findElement(By.id("message")).sendKeys("She can come in on Tuesday.");
            go(browser, By.cssSelector("main form[action$='/messages'] button"));
            check(language, "centre-report-sent");
        }
        browser.get(url("/?lang=en"));
    }

    /** Checks the page in the browser now, in the language it should be in. */
    private void check(String language, String name) throws IOException {
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .as(name)
                .isEqualTo(language);
        assertThat(Chromium.axeViolations(browser)).as(name + " in " + language).isEmpty();
        Chromium.screenshot(browser, "reporting-" + name + "-" + language);
    }
}
