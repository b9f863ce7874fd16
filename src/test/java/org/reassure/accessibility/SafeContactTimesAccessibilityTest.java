package org.reassure.accessibility;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.care.TaskKind;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.RuleCodes;
import org.reassure.casework.Cases;
import org.reassure.platform.Formats;
import org.reassure.testing.Chromium;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that ask for and show safe contact times, in English and Welsh, in Debian Chromium with axe-core: the
 * journey's contact page (with its errors), the case page with a task due outside the victim's safe times, My work,
 * and the contact form asking for the reason a call was outside them.
 */
@ReassureTest
class SafeContactTimesAccessibilityTest extends PagesInChromium {

    SafeContactTimesAccessibilityTest() {
        super("safe-times");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CareTasks tasks;

    @Autowired
    Cases cases;

    private String reference;

    @BeforeAll
    void createCase() {
        reference = TestCases.newReport(jdbc, "HNS-CSU");
        jdbc.sql(
                        "UPDATE hate_case SET officer_id = (SELECT id FROM staff_user WHERE username = 'investigator') WHERE reference = ?")
                .param(reference)
                .update();
        tasks.start(
                cases.facts(reference).orElseThrow(),
                TaskKind.FIRST_CONTACT,
                "report",
                RuleCodes.FIRST_CONTACT,
                Instant.now().minus(Duration.ofHours(2)));
        // Only one short window, three days on: the task's deadline falls outside it.
        String day = ZonedDateTime.now(Formats.UK).plusDays(3).getDayOfWeek().name();
        jdbc.sql("""
                INSERT INTO care_contact_wishes (case_reference, safe_windows, allowed_channels, leave_message, note, given_at)
                VALUES (?, ?, '{PHONE,MESSAGE}', false, 'Not when my brother is at home', ?)""")
                .params(reference, new String[] {day + " 10:00-10:30"}, Timestamp.from(Instant.now()))
                .update();
    }

    @Test
    void the_journeys_safe_contact_page_has_no_violations_with_and_without_errors_in_english_and_welsh()
            throws Exception {
        for (String lang : List.of("en", "cy")) {
            browser.manage().deleteAllCookies();
            browser.get(url("/report/who?lang=" + lang));
            go(browser, By.cssSelector("input[name=reporterRole]"), "main form button[type=submit]");
            browser.findElement(By.id("description")).sendKeys("Someone shouted at me in the street.");
            go(browser, null, "main form button[type=submit]");
            browser.findElement(By.id("approximately")).sendKeys("Last week");
            go(browser, null, "main form button[type=submit]");
            go(browser, By.cssSelector("input[name=whereKind]"), "main form button[type=submit]");
            browser.findElement(By.id("postcode")).sendKeys("TW3 1AB");
            go(browser, null, "main form button[type=submit]");
            go(browser, By.cssSelector("input[name=strands]"), "main form button[type=submit]");
            go(browser, null, "main form button[type=submit]");
            go(browser, null, "form[action='/report/evidence'] button");
            go(browser, By.cssSelector("input[name=giveDetails]"), "main form button[type=submit]");
            go(browser, null, "main form button[type=submit]");
            browser.findElement(By.id("phone")).sendKeys("07700 900 111");
            go(browser, By.cssSelector("input[value=PHONE]"), "main form button[type=submit]");
            assertThat(browser.getCurrentUrl()).endsWith("/report/safe-contact");
            assertThat(Chromium.axeViolations(browser))
                    .as("safe contact page " + lang)
                    .isEmpty();
            Chromium.screenshot(browser, "safe-times-journey-" + lang);

            browser.findElement(By.id("from1")).sendKeys("18:00");
            browser.findElement(By.id("to1")).sendKeys("17:00");
            go(browser, By.id("days1"), "main form button[type=submit]");
            assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                    .contains(lang.equals("en") ? "safe time 1" : "amser diogel 1");
            assertThat(browser.findElement(By.id("from1")).getDomProperty("value"))
                    .isEqualTo("18:00");
            assertThat(Chromium.axeViolations(browser))
                    .as("safe contact page with errors " + lang)
                    .isEmpty();
            Chromium.screenshot(browser, "safe-times-journey-errors-" + lang);
        }
    }

    @Test
    void the_case_page_my_work_the_contact_form_and_the_safe_times_page_have_no_violations_in_english_and_welsh()
            throws Exception {
        signIn("investigator");
        for (String lang : List.of("en", "cy")) {
            browser.get(url("/?lang=" + lang));
            check(
                    List.of(
                            "/cases/" + reference,
                            "/care/my-work",
                            "/cases/" + reference + "/contacts/new",
                            "/cases/" + reference + "/safe-times"),
                    lang);
            browser.get(url("/cases/" + reference + "/safe-times"));
            go(browser, null, "main form button[type=submit]");
            assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                    .isNotBlank();
            assertThat(Chromium.axeViolations(browser))
                    .as("safe times change with errors " + lang)
                    .isEmpty();
            browser.get(url("/cases/" + reference));
            assertThat(browser.getPageSource())
                    .contains(
                            lang.equals("en") ? "Due at the first safe time" : "Yn ddyledus ar yr amser diogel cyntaf");

            browser.get(url("/cases/" + reference + "/contacts/new"));
            browser.findElement(By.id("kind")).click();
            browser.findElement(By.id("channel")).click();
            browser.findElement(By.id("outcome")).click();
            go(browser, null, "main form button[type=submit]");
            assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                    .contains(
                            lang.equals("en") ? "outside the times the victim said are safe" : "y tu allan i’r adegau");
            assertThat(Chromium.axeViolations(browser))
                    .as("contact outside safe times " + lang)
                    .isEmpty();
            Chromium.screenshot(browser, "safe-times-contact-errors-" + lang);
        }
        browser.get(url("/?lang=en"));
    }

    /** Ticks {@code choice} (if any), then presses the button matched by {@code button} (if any) and waits. */
    private void go(org.openqa.selenium.WebDriver driver, By choice, String button) {
        if (choice != null) {
            driver.findElement(choice).click();
        }
        if (button != null) {
            PagesInChromium.go(driver, By.cssSelector(button));
        }
    }
}
