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
import org.reassure.identity.StaffPrincipal;
import org.reassure.referrals.internal.ConsentChannel;
import org.reassure.referrals.internal.Consents;
import org.reassure.referrals.internal.NewConsent;
import org.reassure.referrals.internal.NewReferral;
import org.reassure.referrals.internal.OfficerReferrals;
import org.reassure.referrals.internal.Referral;
import org.reassure.referrals.internal.SharedItem;
import org.reassure.testing.Chromium;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian Chromium with axe-core: a support organisation's user accepts a referral and records first
 * contact; the portal, the public directory and the officer's referral pages have no accessibility violations, in
 * English and in Welsh.
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
    OfficerReferrals referrals;

    @Autowired
    StaffAccounts accounts;

    private String reference;
    private Referral referral;
    private Referral welshReferral;

    @BeforeAll
    void sendReferrals() throws Exception {
        reference = victimCase("Browser Victim", "browser.victim@example.com", "07700 900 444");
        referral = refer(reference);
        welshReferral = refer(victimCase("Dioddefwr Porwr", "dioddefwr@example.com", "07700 900 445"));
    }

    private String victimCase(String name, String email, String phone) {
        String caseReference = TestCases.newReport(jdbc, "HNS-CSU");
        people.addFromReport(caseReference, PersonRole.VICTIM, name, email, phone);
        return caseReference;
    }

    private Referral refer(String caseReference) {
        StaffPrincipal officer = accounts.principalOf("supportofficer");
        consents.record(
                officer,
                caseReference,
                new NewConsent(
                        "VSHNS",
                        EnumSet.of(SharedItem.NAME, SharedItem.PHONE, SharedItem.SUPPORT_NEEDS),
                        "Can I pass your name and number to Victim Support Hounslow, with what support you want? Yes.",
                        ConsentChannel.PHONE,
                        "VICTIM",
                        null));
        return referrals.send(
                officer,
                caseReference,
                new NewReferral("VSHNS", null, "Someone to talk to, in the evenings", null, null));
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
    void the_partner_portal_in_welsh_has_no_accessibility_violations() throws Exception {
        signIn("supportorg");
        browser.get(url("/partner?lang=cy"));
        String page = "/partner/referrals/" + welshReferral.id();
        check(List.of("/partner", "/partner/messages", "/organisations/VSHNS/edit", page), "partner-cy");
        browser.get(url(page));
        Chromium.clickThrough(browser, By.cssSelector("form[action$='/acceptance'] button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Dewiswch a ydych yn derbyn yr atgyfeiriad");
        assertThat(browser.getTitle()).startsWith("Gwall:");
        assertThat(Chromium.axeViolations(browser))
                .as("Welsh answer with errors")
                .isEmpty();

        browser.findElement(By.id("accepted")).click();
        Chromium.clickThrough(browser, By.cssSelector("form[action$='/acceptance'] button[type=submit]"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Derbyniwyd atgyfeiriad", "Cofnodi’r cyswllt cyntaf");
        assertThat(Chromium.axeViolations(browser))
                .as("Welsh accepted referral")
                .isEmpty();

        browser.findElement(By.id("contactDate")).sendKeys("ddoe");
        Chromium.clickThrough(browser, By.cssSelector("form[action$='/contact'] button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Rhowch y dyddiad fel blwyddyn-mis-diwrnod");
        assertThat(Chromium.axeViolations(browser))
                .as("Welsh contact date with errors")
                .isEmpty();
        browser.get(url("/?lang=en"));
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
        // The list switched to Welsh at /support?lang=cy: the pages after it, and the form below, are in Welsh.
        browser.get(url("/support/VSHNS/contact"));
        Chromium.clickThrough(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Rhowch yr enw yr hoffech gael eich galw");
        assertThat(Chromium.axeViolations(browser))
                .as("Welsh contact form with errors")
                .isEmpty();
        browser.get(url("/support?lang=en"));
        browser.get(url("/support/VSHNS/contact"));
        Chromium.clickThrough(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter the name you would like to be called");
        assertThat(Chromium.axeViolations(browser))
                .as("contact form with errors")
                .isEmpty();
    }

    @Test
    void the_officer_and_administrator_referral_pages_have_no_accessibility_violations() throws Exception {
        List<String> officerPages = List.of(
                "/cases/" + reference,
                "/cases/" + reference + "/consents/new",
                "/cases/" + reference + "/referrals/new",
                "/cases/" + reference + "/referrals/" + referral.id());
        signIn("supervisor");
        check(officerPages, "supervisor");
        browser.get(url("/cases/" + reference + "/consents/new"));
        Chromium.clickThrough(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Select the organisation");
        assertThat(Chromium.axeViolations(browser))
                .as("consent form with errors")
                .isEmpty();

        browser.get(url("/cases/" + reference + "?lang=cy"));
        check(officerPages, "supervisor-cy");
        browser.get(url("/cases/" + reference + "/consents/new"));
        Chromium.clickThrough(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Dewiswch y sefydliad y cytunodd y dioddefwr", "Rhowch y geiriau a ddefnyddioch");
        assertThat(Chromium.axeViolations(browser))
                .as("Welsh consent form with errors")
                .isEmpty();
        browser.get(url("/cases/" + reference + "/referrals/new"));
        Chromium.clickThrough(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Dewiswch y sefydliad i atgyfeirio’r dioddefwr ato");
        assertThat(Chromium.axeViolations(browser))
                .as("Welsh referral form with errors")
                .isEmpty();
        browser.get(url("/cases/" + reference + "/referrals/" + referral.id()));
        Chromium.clickThrough(browser, By.cssSelector("form[action$='/messages'] button[type=submit]"));
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Rhowch eich neges");
        assertThat(Chromium.axeViolations(browser))
                .as("Welsh referral message with errors")
                .isEmpty();

        signIn("admin");
        List<String> adminPages = List.of("/organisations", "/organisations/WLREC/edit");
        check(adminPages, "admin");
        browser.get(url("/organisations?lang=cy"));
        check(adminPages, "admin-cy");
        browser.get(url("/?lang=en"));
    }
}
