package org.reassure.accessibility;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;
import org.reassure.testing.Chromium;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Totp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the foundation, in Debian Chromium with axe-core: no violations, signed out and signed
 * in, in English and Welsh, and the forms work with JavaScript off.
 */
@ReassureTest
class StaffPagesAccessibilityTest extends PagesInChromium {

    StaffPagesAccessibilityTest() {
        super("staff");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts accounts;

    @Test
    void public_pages_have_no_accessibility_violations_in_english_and_welsh() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/?lang=en");
        pages.put("sign-in", "/sign-in");
        pages.put("sign-in-refused", "/sign-in/refused");
        pages.put("not-found", "/no/such/page");
        pages.put("home-cy", "/?lang=cy");
        pages.put("sign-in-cy", "/sign-in");
        pages.put("not-found-cy", "/no/such/page");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.get(url(page.getValue()));
            assertThat(Chromium.axeViolations(browser)).as(page.getKey()).isEmpty();
            Chromium.screenshot(browser, "public-" + page.getKey());
        }
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("cy");
        browser.get(url("/?lang=en"));
    }

    @Test
    void second_factor_pages_have_no_accessibility_violations_in_english_and_welsh() throws Exception {
        for (String language : List.of("en", "cy")) {
            String username = "a11y.mfa." + language + System.nanoTime() % 100000;
            long id = accounts.create(
                            username,
                            "Second Factor " + language,
                            Set.of(Role.INVESTIGATOR),
                            "HNS-CSU",
                            "a-long-password-7")
                    .id();
            browser.manage().deleteAllCookies();
            browser.get(url("/sign-in?lang=" + language));
            browser.findElement(By.id("username")).sendKeys(username);
            browser.findElement(By.id("password")).sendKeys("a-long-password-7");
            go(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.getCurrentUrl()).endsWith("/sign-in/second-factor/set-up");
            assertThat(browser.findElement(By.cssSelector("svg.reassure-qr-code"))
                            .isDisplayed())
                    .isTrue();
            assertThat(Chromium.axeViolations(browser)).as("set-up " + language).isEmpty();
            Chromium.screenshot(browser, "second-factor-set-up-" + language);
            go(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.findElement(By.className("govuk-error-summary")).isDisplayed())
                    .isTrue();
            assertThat(Chromium.axeViolations(browser))
                    .as("set-up error " + language)
                    .isEmpty();
            browser.findElement(By.cssSelector("details summary")).click();
            String key = browser.findElement(By.id("manual-key")).getText().replace(" ", "");
            Totp.enrolled(username, key);
            browser.findElement(By.id("code")).sendKeys(Totp.freshCodeWaiting(username));
            go(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.findElements(By.cssSelector("#recovery-codes li")))
                    .hasSize(10);
            assertThat(Chromium.axeViolations(browser))
                    .as("recovery codes " + language)
                    .isEmpty();
            Chromium.screenshot(browser, "second-factor-codes-" + language);
            // A passkey, so that the code page offers one (its key is never used here: only the page is checked).
            jdbc.sql("INSERT INTO identity_passkey (user_id, credential_id, public_key, name, created_at) "
                            + "VALUES (?, ?, ?, 'Work laptop', now())")
                    .params(id, username.getBytes(java.nio.charset.StandardCharsets.UTF_8), new byte[] {1})
                    .update();
            browser.manage().deleteAllCookies();
            browser.get(url("/sign-in?lang=" + language));
            browser.findElement(By.id("username")).sendKeys(username);
            browser.findElement(By.id("password")).sendKeys("a-long-password-7");
            go(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.getCurrentUrl()).endsWith("/sign-in/second-factor");
            assertThat(browser.findElement(By.id("use-passkey")).isDisplayed()).isTrue();
            assertThat(Chromium.axeViolations(browser)).as("code " + language).isEmpty();
            go(By.cssSelector("main form button[type=submit]"));
            assertThat(Chromium.axeViolations(browser))
                    .as("code error " + language)
                    .isEmpty();
            Chromium.screenshot(browser, "second-factor-code-error-" + language);
            browser.get(url("/sign-in/second-factor/recovery"));
            assertThat(Chromium.axeViolations(browser))
                    .as("recovery " + language)
                    .isEmpty();
        }
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("cy");
        browser.get(url("/?lang=en"));
    }

    @Test
    void sign_in_errors_have_no_accessibility_violations() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/sign-in"));
        // A new username each run: the test database outlives a run, and wrong passwords are counted for a day.
        browser.findElement(By.id("username")).sendKeys("nobody-" + System.nanoTime());
        browser.findElement(By.id("password")).sendKeys("wrong password");
        go(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("The username or password is not right");
        assertThat(Chromium.axeViolations(browser)).isEmpty();
        Chromium.screenshot(browser, "sign-in-error");
    }

    @Test
    void staff_pages_have_no_accessibility_violations() throws Exception {
        signIn("supervisor");
        String reference = jdbc.sql("SELECT c.reference FROM hate_case c JOIN unit u ON u.id = c.unit_id "
                        + "WHERE u.code = 'HNS-CSU' AND NOT c.restricted ORDER BY c.received_at DESC LIMIT 1")
                .query(String.class)
                .single();
        String restricted = jdbc.sql("SELECT c.reference FROM hate_case c JOIN unit u ON u.id = c.unit_id "
                        + "WHERE u.code = 'HNS-CSU' ORDER BY c.received_at LIMIT 1")
                .query(String.class)
                .single();
        jdbc.sql("UPDATE hate_case SET restricted = TRUE WHERE reference = ?")
                .param(restricted)
                .update();
        String repeat = jdbc.sql("SELECT c.reference FROM repeat_match m JOIN person p ON p.id = m.person_id "
                        + "JOIN hate_case c ON c.id = p.case_id WHERE m.status = 'PENDING' ORDER BY m.id LIMIT 1")
                .query(String.class)
                .single();
        String reported = jdbc.sql("SELECT r.reference FROM report r JOIN hate_case c ON c.reference = r.reference "
                        + "JOIN unit u ON u.id = c.unit_id WHERE u.code LIKE 'HNS%' AND r.people_involved IS NOT NULL "
                        + "AND r.anonymous = FALSE AND NOT c.restricted ORDER BY r.received_at LIMIT 1")
                .query(String.class)
                .single();
        String withEvidence = jdbc.sql(
                        "SELECT c.reference FROM case_evidence e JOIN hate_case c ON c.id = e.case_id ORDER BY e.added_at LIMIT 1")
                .query(String.class)
                .single();
        for (String path : List.of(
                "/cases",
                "/cases?status=UNDER_INVESTIGATION&strand=RACE",
                "/cases/" + reported,
                "/cases/" + reported + "/print",
                "/cases/" + reference,
                "/cases/" + restricted,
                "/account",
                "/admin",
                "/cases?q=Amira+Husain",
                "/cases?q=x&from=yesterday",
                "/cases/" + repeat,
                "/cases/" + reference + "/people/new",
                "/cases/" + reference + "/evidence/new",
                "/cases/" + withEvidence,
                "/cases/triage",
                "/cases/review",
                "/cases/new")) {
            browser.get(url(path));
            assertThat(Chromium.axeViolations(browser)).as(path).isEmpty();
            Chromium.screenshot(browser, "staff" + path.replaceAll("[^a-z0-9]+", "-"));
        }
    }

    @Test
    void a_reviewer_takes_a_demo_report_from_triage_to_a_finalised_outcome_and_every_page_passes_axe()
            throws Exception {
        signIn("supervisor");
        String ref = TestCases.newReport(jdbc, "HNS");
        Map<String, Long> stepMillis = new LinkedHashMap<>();
        long start = System.nanoTime();

        browser.get(url("/cases/triage"));
        check("triage");
        go(By.linkText(ref));
        go(By.linkText("Record a decision"));
        go(By.cssSelector("main form button[type=submit]"));
        check("recording-errors");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Select whether this is a crime");
        go(By.id("classification"));
        new Select(browser.findElement(By.id("offence"))).selectByValue("RA_HAD");
        go(By.id("strands"));
        browser.findElement(By.id("reason"))
                .sendKeys("Racist abuse outside the library; victim perceived racial hostility.");
        go(By.cssSelector("main form button[type=submit]"));
        stepMillis.put("record", lap(start));
        check("case-recorded");

        start = System.nanoTime();
        browser.get(url("/cases/review"));
        check("review-queue");
        go(By.linkText(ref));
        go(By.id("verdict"));
        go(By.xpath("//button[normalize-space()='Save review']"));
        stepMillis.put("review", lap(start));

        start = System.nanoTime();
        go(By.linkText("Allocate"));
        check("allocation");
        new Select(browser.findElement(By.id("unit"))).selectByValue("HNS-CSU");
        new Select(browser.findElement(By.id("officer"))).selectByValue("investigator");
        go(By.cssSelector("main form button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getPageSource().contains("Case allocated"));
        stepMillis.put("allocate", lap(start));

        signIn("investigator");
        start = System.nanoTime();
        browser.get(url("/cases/" + ref));
        go(By.linkText("Record a key decision"));
        check("decision");
        new Select(browser.findElement(By.id("choice"))).selectByValue("ARREST");
        go(By.cssSelector("main form button[type=submit]"));
        stepMillis.put("decision", lap(start));

        start = System.nanoTime();
        go(By.linkText("Finalise with an outcome"));
        check("outcome");
        new Select(browser.findElement(By.id("choice"))).selectByValue("1");
        go(By.cssSelector("main form button[type=submit]"));
        stepMillis.put("finalise", lap(start));
        check("case-finalised");
        assertThat(browser.getPageSource()).contains("Case finalised", "1: Charge or summons");
        browser.get(url("/cases/" + ref + "/withdrawal"));
        check("withdrawal-form");
        browser.get(url("/cases/workload"));
        check("workload");
        System.out.println("Triage to finalised, milliseconds per step in the browser: " + stepMillis);
    }

    /** Clicks something that loads a new page, and waits until the old page has gone. */
    private void go(By target) {
        goOrTick(browser, target);
    }

    /** Follows a link or button, or ticks a radio or checkbox (which loads nothing). */
    private static void goOrTick(WebDriver browser, By target) {
        WebElement element = browser.findElement(target);
        String type = element.getDomAttribute("type");
        if ("radio".equals(type) || "checkbox".equals(type)) {
            element.click();
        } else {
            Chromium.clickThrough(browser, target);
        }
    }

    private void check(String name) throws Exception {
        assertThat(Chromium.axeViolations(browser)).as(name).isEmpty();
        Chromium.screenshot(browser, "casework-" + name);
    }

    private static long lap(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void administration_pages_have_no_accessibility_violations() throws Exception {
        signIn("admin");
        long someone = jdbc.sql("SELECT id FROM staff_user WHERE username = 'neighbourhood'")
                .query(Long.class)
                .single();
        Chromium.checkPages(
                browser,
                url(""),
                List.of(
                        "/admin",
                        "/admin/units",
                        "/admin/units/new",
                        "/admin/users",
                        "/admin/users/new",
                        "/admin/users/" + someone,
                        "/admin/audit",
                        "/admin/kiosks",
                        "/admin/notifications",
                        "/admin/uploads",
                        "/cases"),
                "admin");
        browser.get(url("/admin/users/new"));
        go(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter a username");
        assertThat(Chromium.axeViolations(browser))
                .as("account form with errors")
                .isEmpty();
        Chromium.screenshot(browser, "admin-users-new-errors");
    }

    @Test
    void an_administrator_can_add_a_unit_with_javascript_off() throws Exception {
        WebDriver noScript = Chromium.start(false);
        try {
            noScript.get(url("/sign-in"));
            noScript.findElement(By.id("username")).sendKeys("admin");
            noScript.findElement(By.id("password")).sendKeys("reassure-demo");
            goOrTick(noScript, By.cssSelector("main form button[type=submit]"));
            noScript.findElement(By.id("code")).sendKeys(Totp.freshCodeWaiting("admin"));
            goOrTick(noScript, By.cssSelector("main form button[type=submit]"));
            noScript.get(url("/admin/units/new"));
            noScript.findElement(By.id("code")).sendKeys("NWM-HCO");
            noScript.findElement(By.id("name")).sendKeys("Newham Hate Crime Officers");
            noScript.findElement(By.cssSelector("#parent option[value='NWM']")).click();
            goOrTick(noScript, By.cssSelector("main form button[type=submit]"));
            assertThat(noScript.getPageSource())
                    .contains("Unit NWM-HCO (Newham Hate Crime Officers) created as a team");
        } finally {
            noScript.quit();
        }
    }

    @Test
    void administration_account_and_audit_pages_have_no_accessibility_violations_in_welsh() throws Exception {
        signIn("admin");
        long someone = jdbc.sql("SELECT id FROM staff_user WHERE username = 'neighbourhood'")
                .query(Long.class)
                .single();
        browser.get(url("/admin?lang=cy"));
        try {
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                    .isEqualTo("cy");
            Chromium.checkPages(
                    browser,
                    url(""),
                    List.of(
                            "/admin",
                            "/admin/units",
                            "/admin/units/new",
                            "/admin/users",
                            "/admin/users/new",
                            "/admin/users/" + someone,
                            "/admin/audit",
                            "/admin/audit?action=SIGN_IN&outcome=DENIED",
                            "/account"),
                    "admin-cy");
            browser.get(url("/admin/users/new"));
            go(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                    .contains("Rhowch enw defnyddiwr");
            assertThat(Chromium.axeViolations(browser))
                    .as("account form with errors, in Welsh")
                    .isEmpty();
            browser.get(url("/admin/audit"));
            go(By.cssSelector("form[action$='/admin/audit/verify'] button"));
            assertThat(browser.getPageSource()).contains("Mae’r log archwilio yn gyfan");
            assertThat(Chromium.axeViolations(browser))
                    .as("audit log check, in Welsh")
                    .isEmpty();
            Chromium.screenshot(browser, "admin-cy-audit-verify");
        } finally {
            browser.get(url("/?lang=en"));
        }
    }
}
