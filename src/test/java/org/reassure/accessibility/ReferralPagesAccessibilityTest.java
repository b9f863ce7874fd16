package org.reassure.accessibility;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.casework.People;
import org.reassure.casework.PersonRole;
import org.reassure.identity.StaffAccounts;
import org.reassure.referrals.ConsentChannel;
import org.reassure.referrals.Consents;
import org.reassure.referrals.Referral;
import org.reassure.referrals.Referrals;
import org.reassure.referrals.SharedItem;
import org.reassure.testing.Chromium;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian Chromium with axe-core: a support organisation's user accepts a referral and records first
 * contact; the portal, the public directory and the officer's referral pages have no accessibility violations.
 */
@ReassureTest
class ReferralPagesAccessibilityTest extends PagesInChromium {

    ReferralPagesAccessibilityTest() {
        super("referrals");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Autowired
    Consents consents;

    @Autowired
    Referrals referrals;

    @Autowired
    StaffAccounts accounts;

    private String reference;
    private Referral referral;

    @BeforeAll
    void sendReferral() throws Exception {
        reference = TestCases.newReport(jdbc, "HNS-CSU");
        people.addFromReport(
                reference, PersonRole.VICTIM, "Browser Victim", "browser.victim@example.com", "07700 900 444");
        var officer = accounts.principalOf("supportofficer");
        consents.record(
                officer,
                reference,
                new Consents.NewConsent(
                        "VSHNS",
                        EnumSet.of(SharedItem.NAME, SharedItem.PHONE, SharedItem.SUPPORT_NEEDS),
                        "Can I pass your name and number to Victim Support Hounslow, with what support you want? Yes.",
                        ConsentChannel.PHONE,
                        "VICTIM",
                        null));
        referral = referrals.send(
                officer,
                reference,
                new Referrals.NewReferral("VSHNS", null, "Someone to talk to, in the evenings", null, null));
    }

    @Test
    void a_support_organisation_accepts_a_referral_and_records_contact() throws Exception {
        signIn("supportorg");
        check(List.of("/partner", "/partner/messages", "/organisations/VSHNS/edit"), "partner");
        browser.get(url("/partner"));
        Chromium.clickThrough(browser, By.linkText(referral.number()));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Browser Victim", "07700 900 444", "Someone to talk to, in the evenings")
                .doesNotContain("browser.victim@example.com", reference);
        assertThat(Chromium.axeViolations(browser))
                .as("referral waiting for an answer")
                .isEmpty();

        Chromium.clickThrough(browser, By.cssSelector("form[action$='/acceptance'] button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Select whether you accept the referral");
        assertThat(Chromium.axeViolations(browser)).as("answer with errors").isEmpty();

        browser.findElement(By.id("accepted")).click();
        Chromium.clickThrough(browser, By.cssSelector("form[action$='/acceptance'] button[type=submit]"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("accepted", "Record first contact");
        assertThat(Chromium.axeViolations(browser)).as("accepted referral").isEmpty();

        Chromium.clickThrough(browser, By.cssSelector("form[action$='/contact'] button[type=submit]"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("First contact recorded", "Contact made");
        assertThat(Chromium.axeViolations(browser)).as("contact made").isEmpty();
        Chromium.screenshot(browser, "partner-contact-made");
        assertThat(referrals
                        .forCase(accounts.principalOf("supportofficer"), reference)
                        .get(0)
                        .contactMadeAt())
                .isNotNull();
    }

    @Test
    void the_public_directory_and_contact_form_have_no_accessibility_violations() throws Exception {
        browser.manage().deleteAllCookies();
        check(
                List.of(
                        "/support",
                        "/support?strand=RELIGION&area=Ealing",
                        "/support?lang=cy",
                        "/support/NHCL",
                        "/support/VSHNS/contact"),
                "public");
        browser.get(url("/support/VSHNS/contact"));
        Chromium.clickThrough(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter the name you would like to be called");
        assertThat(Chromium.axeViolations(browser))
                .as("contact form with errors")
                .isEmpty();
        browser.get(url("/support?lang=en"));
    }

    @Test
    void the_officer_and_administrator_referral_pages_have_no_accessibility_violations() throws Exception {
        signIn("supervisor");
        check(
                List.of(
                        "/cases/" + reference,
                        "/cases/" + reference + "/consents/new",
                        "/cases/" + reference + "/referrals/new",
                        "/cases/" + reference + "/referrals/" + referral.id()),
                "supervisor");
        browser.get(url("/cases/" + reference + "/consents/new"));
        Chromium.clickThrough(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Select the organisation");
        assertThat(Chromium.axeViolations(browser))
                .as("consent form with errors")
                .isEmpty();
        signIn("admin");
        check(List.of("/organisations", "/organisations/WLREC/edit"), "admin");
    }
}
