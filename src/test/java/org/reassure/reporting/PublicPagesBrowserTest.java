package org.reassure.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.reporting.internal.KioskDevices;
import org.reassure.testing.Chromium;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Totp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in Debian Chromium: the whole journey with JavaScript off, and with JavaScript on
 * using the keyboard alone; axe-core on every public page in English and Welsh, expecting no violations.
 * Screenshots of each page go to target/screenshots. Without Chromium the test is skipped, unless
 * REASSURE_REQUIRE_BROWSER=true (as on CI), when it fails.
 */
@ReassureTest
class PublicPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reports reports;

    @Autowired
    KioskDevices kiosks;

    private final List<String> violations = new ArrayList<>();
    private final List<String> checkedPages = new ArrayList<>();

    @Test
    void the_journey_works_with_javascript_off() throws IOException {
        WebDriver browser = Chromium.start(false);
        try {
            browser.get(url("/report/who"));
            assertThat(browser.findElement(By.tagName("body")).getAttribute("class"))
                    .doesNotContain("js-enabled");
            String reference = completeJourney(browser, "en", "nojs", false);
            assertThat(reference).matches("HC\\d{2}-[2-9A-Z]{4}-[2-9A-Z]{4}");
            assertThat(jdbc.sql("SELECT count(*) FROM report WHERE reference = ?")
                            .param(reference)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            browser.quit();
        }
    }

    @Test
    void the_journey_works_with_javascript_on_using_the_keyboard_and_every_page_passes_axe_in_english()
            throws IOException {
        WebDriver browser = Chromium.start(true);
        try {
            visitInformationPages(browser, "en");
            completeJourney(browser, "en", "js", true);
            trackWithWrongCode(browser, "en");
        } finally {
            browser.quit();
        }
        assertThat(checkedPages).hasSizeGreaterThan(20);
        assertThat(violations).as("axe violations").isEmpty();
    }

    @Test
    void every_public_page_passes_axe_in_welsh() throws IOException {
        WebDriver browser = Chromium.start(true);
        try {
            browser.get(url("/?lang=cy"));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("cy");
            visitInformationPages(browser, "cy");
            completeJourney(browser, "cy", "js", true);
            trackWithWrongCode(browser, "cy");
        } finally {
            browser.quit();
        }
        assertThat(violations).as("axe violations").isEmpty();
    }

    @Test
    void messages_third_party_centre_and_kiosk_pages_pass_axe_in_english_and_welsh() throws IOException {
        WebDriver browser = Chromium.start(true);
        try {
            for (String language : List.of("en", "cy")) {
                browser.manage().deleteAllCookies();
                browser.get(url("/?lang=" + language));
                messagesOnTrackMyReport(browser, language);
                satisfactionOnTrackMyReport(browser, language);
                kioskVisit(browser, language);
                browser.manage().deleteAllCookies();
                centrePages(browser, language);
            }
        } finally {
            browser.quit();
        }
        assertThat(checkedPages).hasSize(24);
        assertThat(violations).as("axe violations").isEmpty();
    }

    private void messagesOnTrackMyReport(WebDriver browser, String language) throws IOException {
        Reports.Receipt receipt = reports.submit(
                new NewReport(
                        "VICTIM",
                        true,
                        "Browser test of messages.",
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
                Reports.Channel.ONLINE);
        browser.get(url("/track"));
        type(browser, "reference", receipt.reference());
        type(browser, "trackingCode", receipt.trackingCode());
        continueOn(browser);
        press(browser, browser.findElement(By.cssSelector("form[action='/track/messages'] button")));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed())
                .isTrue();
        check(browser, language, "track-message-error");
        type(browser, "message", "Dw i wedi cofio rhif y car. <b>Not bold</b>");
        press(browser, browser.findElement(By.cssSelector("form[action='/track/messages'] button")));
        assertThat(browser.findElement(By.cssSelector(".reassure-messages")).getText())
                .contains("<b>Not bold</b>");
        check(browser, language, "track-message-sent");
    }

    /** "Tell us how we did" once the investigation has finished: the questions, the error, the thanks. */
    private void satisfactionOnTrackMyReport(WebDriver browser, String language) throws IOException {
        Reports.Receipt receipt = reports.submit(
                new NewReport(
                        "VICTIM",
                        true,
                        "Browser test of satisfaction.",
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
                Reports.Channel.ONLINE);
        Eventually.await(
                "the case",
                () -> jdbc.sql("UPDATE hate_case SET status = 'FINALISED', outcome_code = 1 WHERE reference = ?")
                                .param(receipt.reference())
                                .update()
                        == 1);
        browser.get(url("/track"));
        type(browser, "reference", receipt.reference());
        type(browser, "trackingCode", receipt.trackingCode());
        continueOn(browser);
        check(browser, language, "track-satisfaction");
        press(browser, browser.findElement(By.cssSelector("form[action='/track/satisfaction'] button")));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed())
                .isTrue();
        check(browser, language, "track-satisfaction-error");
        choose(browser, "overall-VERY_SATISFIED");
        choose(browser, "treatment");
        press(browser, browser.findElement(By.cssSelector("form[action='/track/satisfaction'] button")));
        assertThat(browser.findElements(By.cssSelector("form[action='/track/satisfaction']")))
                .isEmpty();
        check(browser, language, "track-satisfaction-thanks");
    }

    private void kioskVisit(WebDriver browser, String language) throws IOException {
        String token = kiosks.issue("Browser test kiosk " + language, "admin").token();
        browser.get(url("/kiosk/" + token));
        assertThat(browser.getCurrentUrl()).endsWith("/report");
        browser.get(url("/report?lang=" + language));
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class"))
                .contains("reassure-kiosk");
        check(browser, language, "kiosk-start");
        press(browser, browser.findElement(By.cssSelector("a.govuk-button--start")));
        check(browser, language, "kiosk-who");
        // The inactivity warning, as the page's script shows it.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('kiosk-warning').hidden = false");
        assertThat(browser.findElement(By.id("kiosk-warning")).isDisplayed()).isTrue();
        check(browser, language, "kiosk-warning");
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.reassureMarker = 'still in memory'");
        press(browser, browser.findElement(By.cssSelector("#kiosk-finish button")));
        assertThat(browser.getCurrentUrl()).contains("/kiosk/finished");
        check(browser, language, "kiosk-finished");
        browser.navigate().back();
        assertThat(script.executeScript("return window.reassureMarker || 'fetched again'"))
                .as("the back button never shows the old page")
                .isEqualTo("fetched again");
    }

    private void centrePages(WebDriver browser, String language) throws IOException {
        Reports.Receipt made = reports.submitForCentre(
                new NewReport(
                        "ON_BEHALF",
                        true,
                        "Browser test of a centre report.",
                        List.of("DISABILITY"),
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
        browser.get(url("/sign-in?lang=" + language));
        type(browser, "username", "thirdparty");
        type(browser, "password", "reassure-demo");
        continueOn(browser);
        type(browser, "code", Totp.freshCodeWaiting("thirdparty"));
        continueOn(browser);
        assertThat(browser.getCurrentUrl()).endsWith("/centre/reports");
        check(browser, language, "centre-reports");
        press(browser, browser.findElement(By.linkText(made.reference())));
        check(browser, language, "centre-report");
        type(browser, "message", "She can come in on Tuesday.");
        press(browser, browser.findElement(By.cssSelector("form[action$='/messages'] button")));
        check(browser, language, "centre-report-message-sent");
        press(browser, browser.findElement(By.cssSelector("form[action='/sign-out'] button")));
    }

    private void visitInformationPages(WebDriver browser, String language) throws IOException {
        for (String path : List.of(
                "/",
                "/report",
                "/information/hate-crime",
                "/information/what-to-expect",
                "/information/ways-to-report",
                "/information/clear-your-history",
                "/accessibility",
                "/privacy",
                "/cookies",
                "/contact",
                "/track")) {
            browser.get(url(path));
            check(
                    browser,
                    language,
                    path.equals("/") ? "home" : path.substring(1).replace('/', '-'));
        }
    }

    /** Someone reporting for a friend, with every optional page, an error on the way, and a change from check your answers. */
    private String completeJourney(WebDriver browser, String language, String mode, boolean runAxe) throws IOException {
        browser.get(url("/report"));
        press(browser, browser.findElement(By.cssSelector("a.govuk-button--start")));
        continueOn(browser);
        page(browser, language, mode + "-who-error", runAxe);
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed())
                .isTrue();
        choose(browser, "reporterRole-ON_BEHALF");
        page(browser, language, mode + "-who", runAxe);
        continueOn(browser);
        choose(browser, "relationship-COMMUNITY_LEADER");
        page(browser, language, mode + "-relationship", runAxe);
        continueOn(browser);
        type(
                browser,
                "description",
                "A group followed my friend home from the mosque, shouting abuse. Ddoe, ger yr orsaf.");
        page(browser, language, mode + "-what-happened", runAxe);
        continueOn(browser);
        type(browser, "day", "20");
        type(browser, "month", "11");
        type(browser, "year", "2026");
        type(browser, "time", "9:30pm");
        page(browser, language, mode + "-when", runAxe);
        continueOn(browser);
        choose(browser, "whereKind");
        page(browser, language, mode + "-where", runAxe);
        continueOn(browser);
        type(browser, "postcode", "E7 9AA");
        type(browser, "place", "Romford Road, near the bus stop");
        page(browser, language, mode + "-place", runAxe);
        continueOn(browser);
        choose(browser, "strands-RELIGION");
        choose(browser, "religion");
        type(browser, "hostilityReason", "They shouted about Muslims.");
        page(browser, language, mode + "-why", runAxe);
        continueOn(browser);
        type(browser, "peopleInvolved", "Three men in their twenties.");
        page(browser, language, mode + "-details", runAxe);
        continueOn(browser);
        Path photo = Files.createTempFile("street", ".png");
        Files.write(photo, EvidenceTest.PNG);
        browser.findElement(By.id("file")).sendKeys(photo.toString());
        press(browser, browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button")));
        assertThat(browser.getPageSource()).contains(photo.getFileName().toString());
        page(browser, language, mode + "-evidence", runAxe);
        press(browser, browser.findElement(By.cssSelector("form[action='/report/evidence'] button")));
        choose(browser, "giveDetails");
        page(browser, language, mode + "-contact-choice", runAxe);
        continueOn(browser);
        type(browser, "name", "Yusuf Example");
        page(browser, language, mode + "-about-you", runAxe);
        continueOn(browser);
        type(browser, "email", "not an email");
        continueOn(browser);
        page(browser, language, mode + "-contact-error", runAxe);
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("not an email");
        browser.findElement(By.id("email")).clear();
        type(browser, "email", "yusuf@example.com");
        choose(browser, "preferredContact-EMAIL");
        page(browser, language, mode + "-contact", runAxe);
        continueOn(browser);
        type(browser, "safeTimes", "After 6pm");
        choose(browser, "leaveMessage-NO");
        page(browser, language, mode + "-safe-contact", runAxe);
        continueOn(browser);
        new Select(browser.findElement(By.id("language"))).selectByValue("ur");
        choose(browser, "interpreter");
        page(browser, language, mode + "-language-and-support", runAxe);
        continueOn(browser);
        type(browser, "victimName", "Ali Example");
        page(browser, language, mode + "-victim", runAxe);
        continueOn(browser);
        choose(browser, "consent");
        choose(browser, "consent-2");
        page(browser, language, mode + "-consent", runAxe);
        continueOn(browser);
        assertThat(browser.getCurrentUrl()).endsWith("/report/check");
        page(browser, language, mode + "-check", runAxe);
        press(browser, browser.findElement(By.cssSelector("a[href='/report/details?change=']")));
        browser.findElement(By.id("harm")).sendKeys("His glasses were broken.");
        continueOn(browser);
        assertThat(browser.getCurrentUrl()).endsWith("/report/check");
        assertThat(browser.getPageSource()).contains("His glasses were broken.", "Yusuf Example", "E7 9AA");
        press(browser, browser.findElement(By.cssSelector("form[action='/report/send'] button")));
        assertThat(browser.getCurrentUrl()).endsWith("/report/sent");
        page(browser, language, mode + "-sent", runAxe);
        String reference = browser.findElement(By.cssSelector(".govuk-panel .reassure-reference"))
                .getText();
        String code = browser.findElement(By.cssSelector(".reassure-token")).getText();
        browser.get(url("/track"));
        type(browser, "reference", reference);
        type(browser, "trackingCode", code);
        continueOn(browser);
        assertThat(browser.getCurrentUrl()).endsWith("/track/report");
        page(browser, language, mode + "-track-report", runAxe);
        press(browser, browser.findElement(By.cssSelector("form[action='/track/close'] button")));
        return reference;
    }

    private void trackWithWrongCode(WebDriver browser, String language) throws IOException {
        browser.get(url("/track"));
        type(browser, "reference", "HC26-ZZZZ-ZZZZ");
        type(browser, "trackingCode", "NOT-THE-CODE");
        continueOn(browser);
        check(browser, language, "track-not-found");
    }

    private void page(WebDriver browser, String language, String name, boolean runAxe) throws IOException {
        if (runAxe) {
            check(browser, language, name);
        } else {
            Chromium.screenshot(browser, name + "-" + language);
        }
    }

    private void check(WebDriver browser, String language, String name) throws IOException {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .as(name)
                .isEqualTo(language);
        assertThat(browser.getPageSource()).as(name).doesNotContain("??");
        Chromium.screenshot(browser, name + "-" + language);
        checkedPages.add(name + "-" + language);
        Chromium.axeViolations(browser)
                .forEach(violation -> violations.add(name + " (" + language + "): " + violation));
    }

    /** Ticks a radio or checkbox with the space bar, as a keyboard user would. */
    private static void choose(WebDriver browser, String id) {
        WebElement input = browser.findElement(By.id(id));
        if (!input.isSelected()) {
            input.sendKeys(Keys.SPACE);
        }
        assertThat(input.isSelected()).as(id).isTrue();
    }

    private static void type(WebDriver browser, String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private static void continueOn(WebDriver browser) {
        press(browser, browser.findElement(By.cssSelector("main form button[type='submit']")));
    }

    /** Activates a link or button with the Enter key, and waits for the next page. */
    private static void press(WebDriver browser, WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.sendKeys(Keys.ENTER);
        Chromium.waitForNextPage(browser, page);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
