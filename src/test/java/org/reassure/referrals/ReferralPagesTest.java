package org.reassure.referrals;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.casework.People;
import org.reassure.casework.PersonRole;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;
import org.reassure.referrals.internal.DirectoryEditor;
import org.reassure.referrals.internal.NewSelfReferral;
import org.reassure.referrals.internal.OfficerReferrals;
import org.reassure.referrals.internal.Referral;
import org.reassure.referrals.internal.SelfReferrals;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;

/** The public directory and self-referral, the officer's consent and referral pages, and the partner portal, without JavaScript. */
@ReassureTest
class ReferralPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    SelfReferrals selfReferrals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Autowired
    OfficerReferrals referrals;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    DirectoryEditor directory;

    @Test
    void the_public_directory_filters_by_strand_and_area_and_lists_national_helplines_everywhere() {
        Browser anyone = new Browser(port);
        Browser.Page all = anyone.get("/support");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body())
                .contains("Find support", "National Hate Crime Helpline", "Victim Support Hounslow", "Newham Together")
                .doesNotContain("Hounslow Youth Voice");
        Browser.Page newhamLgbt = anyone.get("/support?strand=SEXUAL_ORIENTATION&area=Newham");
        assertThat(newhamLgbt.body())
                .contains("East London Pride Support", "Rainbow Line", "National Hate Crime Helpline")
                .doesNotContain("Victim Support Hounslow", "Newham Together", "Faith Safe");
        Browser.Page welsh = new Browser(port).get("/support?lang=cy");
        assertThat(welsh.body()).contains("Dod o hyd i gymorth");
        Browser.Page page = anyone.get("/support/VSHNS");
        assertThat(page.body())
                .contains("Victim Support Hounslow", "020 7946 0201", "Easy Read", "Send them a message");
        assertThat(anyone.get("/support/HNSYOUTH").status()).isEqualTo(404);
        assertThat(anyone.get("/information/ways-to-report").body()).contains("href=\"/support\"");
    }

    @Test
    void the_public_directory_filters_by_language_and_shows_entries_in_welsh_on_welsh_pages() {
        Browser anyone = new Browser(port);
        Browser.Page all = anyone.get("/support");
        assertThat(all.body())
                .as("the languages that entries offer, by name and in the language itself")
                .contains(
                        "<label class=\"govuk-label\" for=\"language\">Language</label>",
                        "<option value=\"\">Any language</option>",
                        "<option value=\"pl\">Polish (polski)</option>",
                        "<option value=\"bfi\">British Sign Language (BSL)</option>",
                        "<option value=\"so\">Somali (Soomaali)</option>")
                .doesNotContain("<option value=\"ja\">");
        Browser.Page bsl = anyone.get("/support?language=bfi");
        assertThat(bsl.body())
                .contains(
                        "2 organisations",
                        "National Hate Crime Helpline",
                        "Access Voice Advocacy",
                        "<option value=\"bfi\" selected=\"selected\">British Sign Language (BSL)</option>")
                .doesNotContain("Victim Support Hounslow", "Rainbow Line", "Newham Together");
        Browser.Page somaliInNewham = anyone.get("/support?language=so&area=Newham&strand=RACE");
        assertThat(somaliInNewham.body())
                .contains("Newham Together", "National Hate Crime Helpline")
                .doesNotContain("East London Pride Support", "Faith Safe", "Victim Support Hounslow");
        assertThat(anyone.get("/support/RAINBOWLINE").body())
                .contains("Rainbow Line", "Emotional and practical support", "English, Welsh")
                .doesNotContain("Llinell Enfys");

        Browser welsh = new Browser(port);
        Browser.Page cy = welsh.get("/support?lang=cy&language=cy");
        assertThat(cy.body())
                .contains(
                        "Llinell Enfys",
                        "Cymorth emosiynol ac ymarferol i bobl lesbiaidd",
                        "Llinell Gymorth Genedlaethol Troseddau Casineb",
                        "<option value=\"pl\">Pwyleg (polski)</option>",
                        "<option value=\"cy\" selected=\"selected\">Cymraeg</option>")
                .doesNotContain("Emotional and practical support", "Victim Support Hounslow");
        assertThat(welsh.get("/support/RAINBOWLINE").body())
                .contains("Llinell Enfys", "Cymorth emosiynol ac ymarferol", "Cymraeg, Saesneg");
        assertThat(welsh.get("/support/FAITHSAFE").body())
                .as("no Welsh text given: the English one")
                .contains("Faith Safe", "Support and advocacy for people targeted");
    }

    @Test
    void someone_contacts_an_organisation_directly_without_a_police_case_and_the_organisation_reads_it() {
        Browser anyone = new Browser(port);
        anyone.get("/support/VSHNS/contact");
        Browser.Page errors = anyone.post(
                "/support/VSHNS/contact", Map.of("name", "Jo", "contactBy", "EMAIL", "email", "not an email"));
        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.body())
                .contains(
                        "There is a problem",
                        "Enter an email address in the correct format",
                        "Enter a short message",
                        "Confirm that Victim Support Hounslow may use your details",
                        "value=\"Jo\"");
        long casesBefore =
                jdbc.sql("SELECT count(*) FROM hate_case").query(Long.class).single();
        Browser.Page sent = anyone.post(
                "/support/VSHNS/contact",
                Map.of(
                        "name",
                        "Jo",
                        "contactBy",
                        "EMAIL",
                        "email",
                        "jo.page@example.com",
                        "message",
                        "Someone keeps leaving notes on my car about my wheelchair.",
                        "consent",
                        "yes"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(anyone.get(URI.create(sent.location()).getPath()).body())
                .contains("Message sent", "Nothing has been reported to the police");
        assertThat(jdbc.sql("SELECT count(*) FROM hate_case").query(Long.class).single())
                .isEqualTo(casesBefore);

        Browser partner = new Browser(port).signedInAs("supportorg");
        assertThat(partner.get("/partner/messages").body())
                .contains("jo.page@example.com", "notes on my car about my wheelchair");
        assertThat(new Browser(port)
                        .signedInAs("investigator")
                        .get("/partner/messages")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void the_partners_messages_from_the_public_are_paged_twenty_at_a_time_newest_first() {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        for (int i = 1; i <= 45; i++) {
            selfReferrals.send(
                    "VSHNS",
                    new NewSelfReferral(
                            "Paged " + run + " no " + i,
                            "PHONE",
                            "07700 900 " + String.format("%03d", i),
                            null,
                            "Paging test message " + i,
                            true));
        }
        Browser partner = new Browser(port).signedInAs("supportorg");
        String first = partner.get("/partner/messages").body();
        assertThat(first)
                .contains("Paged " + run + " no 45", "Paged " + run + " no 26", "class=\"govuk-pagination\"")
                .contains("href=\"/partner/messages?page=2\"")
                .doesNotContain("Paged " + run + " no 25,", "rel=\"prev\"");
        assertThat(first.split("govuk-summary-card__title\"", -1)).hasSize(21);
        String second = partner.get("/partner/messages?page=2").body();
        assertThat(second)
                .contains("Paged " + run + " no 25,", "Paged " + run + " no 6,", "rel=\"prev\"", "Page 2 of ")
                .doesNotContain("Paged " + run + " no 26,");
        assertThat(partner.get("/partner/messages?page=999").body())
                .as("past the last page is the last page")
                .contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void an_officer_is_told_consent_is_missing_records_it_and_refers_and_the_partner_sees_the_referral() {
        String reference = TestCases.newReport(jdbc, "HNS-CSU");
        String name = "Page Victim " + System.nanoTime() % 100000;
        people.addFromReport(reference, PersonRole.VICTIM, name, "page.victim@example.com", "07700 900 333");
        Browser officer = new Browser(port).signedInAs("supportofficer");
        Browser.Page kase = officer.get("/cases/" + reference);
        assertThat(kase.body())
                .contains("Referral to support", "The victim has not consented to referral", "Victim Support Hounslow");

        officer.get("/cases/" + reference + "/referrals/new?organisation=VSHNS");
        Browser.Page refused = officer.post("/cases/" + reference + "/referrals/new", Map.of("organisation", "VSHNS"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("There is a problem", "has not consented to referral to Victim Support Hounslow");

        officer.get("/cases/" + reference + "/consents/new");
        Browser.Page incomplete =
                officer.post("/cases/" + reference + "/consents/new", Map.of("organisation", "VSHNS"));
        assertThat(incomplete.body())
                .contains(
                        "Select what the victim agreed may be shared",
                        "Enter the words you used",
                        "Select how the victim gave consent",
                        "Select who gave consent");
        Map<String, String> consent = new HashMap<>(Map.of(
                "organisation",
                "VSHNS",
                "items",
                "NAME,PHONE",
                "words",
                "Can I pass your name and number to Victim Support Hounslow? Yes, please.",
                "channel",
                "IN_PERSON",
                "givenBy",
                "VICTIM"));
        assertThat(officer.post("/cases/" + reference + "/consents/new", consent)
                        .status())
                .isEqualTo(302);

        officer.get("/cases/" + reference + "/referrals/new");
        Browser.Page tooMuch = officer.post(
                "/cases/" + reference + "/referrals/new", Map.of("organisation", "VSHNS", "items", "EMAIL"));
        assertThat(tooMuch.body()).contains("does not cover: Email address");
        Browser.Page sent = officer.post("/cases/" + reference + "/referrals/new", Map.of("organisation", "VSHNS"));
        assertThat(sent.status()).isEqualTo(302);
        Browser.Page after = officer.get("/cases/" + reference);
        assertThat(after.body())
                .contains(
                        "Sent to Victim Support Hounslow".substring(0, 4),
                        "Victim Support Hounslow",
                        "Sent",
                        "In person");

        Referral referral = referrals
                .forCase(accounts.principalOf("supportofficer"), reference)
                .get(0);
        Browser partner = new Browser(port).signedInAs("supportorg");
        assertThat(partner.get("/partner").body()).contains(referral.number(), name);
        Browser.Page detail = partner.get("/partner/referrals/" + referral.id());
        assertThat(detail.body())
                .contains(name, "07700 900 333", "Can you support this person?")
                .doesNotContain("page.victim@example.com", reference, "racist abuse");
        Browser.Page noReason =
                partner.post("/partner/referrals/" + referral.id() + "/acceptance", Map.of("accepted", "no"));
        assertThat(noReason.body()).contains("Enter why you cannot accept the referral");
        assertThat(partner.post(
                                "/partner/referrals/" + referral.id() + "/messages",
                                Map.of("body", "Could you tell us a good time to call?"))
                        .status())
                .isEqualTo(302);
        assertThat(officer.get("/cases/" + reference + "/referrals/" + referral.id())
                        .body())
                .contains("Could you tell us a good time to call?");
    }

    @Test
    void an_administrator_creates_a_partner_account_in_an_organisation_of_the_directory() {
        Browser admin = new Browser(port).signedInAs("admin");
        admin.get("/admin/users/new");
        String username = "vs.worker" + System.nanoTime() % 100000;
        Map<String, String> form = new HashMap<>(Map.of(
                "username",
                username,
                "displayName",
                "Val Worker",
                "roles",
                "SUPPORT_ORGANISATION",
                "organisation",
                "NOWHERE",
                "password",
                "a-long-password-5"));
        Browser.Page unknown = admin.post("/admin/users/new", form);
        assertThat(unknown.body()).contains("There is no support organisation with the code NOWHERE");
        form.put("organisation", "vshns");
        assertThat(admin.post("/admin/users/new", form).status()).isEqualTo(302);
        assertThat(accounts.findByUsername(username).orElseThrow().organisationCode())
                .isEqualTo("VSHNS");
        form.put("username", username + "x");
        form.put("roles", "INVESTIGATOR");
        assertThat(admin.post("/admin/users/new", form).body()).contains("Only a support organisation");
    }

    @Test
    void partner_users_cannot_open_case_pages_or_other_staff_pages() {
        Browser partner = new Browser(port).signedInAs("supportorg");
        for (String path : List.of("/cases", "/admin")) {
            assertThat(partner.get(path).status()).as(path).isEqualTo(403);
        }
        String reference = jdbc.sql("SELECT case_reference FROM referral LIMIT 1")
                .query(String.class)
                .single();
        assertThat(partner.get("/cases/" + reference).status()).isEqualTo(403);
        assertThat(new Browser(port).signedInAs("investigator").get("/partner").status())
                .isEqualTo(403);
    }

    @Test
    void administrators_edit_any_directory_entry_and_an_organisation_only_its_own() {
        String code = "EDIT" + System.nanoTime() % 100000;
        directory.create(code, "Edit Test Group", List.of("RACE"), "test");
        String username = "edit.partner" + System.nanoTime() % 100000;
        accounts.create(username, "Edit Partner", Set.of(Role.SUPPORT_ORGANISATION), null, code, "a-long-password-4");
        Browser admin = new Browser(port).signedInAs("admin");
        assertThat(admin.get("/organisations").body()).contains("Hounslow Youth Voice", "Inactive", "Edit Test Group");
        Browser partner = new Browser(port);
        partner.signedInAs(username, "a-long-password-4");
        partner.get("/account");
        assertThat(partner.get("/organisations").status()).isEqualTo(302);
        assertThat(partner.get("/organisations/" + code + "/edit").status()).isEqualTo(200);
        assertThat(partner.get("/organisations/VSHNS/edit").status()).isEqualTo(403);
        Map<String, String> form = new HashMap<>(Map.of(
                "name",
                "Edit Test Group",
                "description",
                "Local caseworkers.",
                "areas",
                "Ealing",
                "languages",
                "en, Polish, Klingon, ur",
                "capacity",
                "LIMITED",
                "responseDays",
                "2",
                "openingHours",
                "9 to 5",
                "strands",
                "RACE",
                "accessibility",
                "BSL"));
        form.put("email", "not-an-email");
        Browser.Page bad = partner.post("/organisations/" + code + "/edit", form);
        assertThat(bad.body())
                .contains(
                        "Enter an email address in the correct format",
                        "We do not recognise Klingon as a language",
                        "value=\"Ealing\"");
        form.put("email", "edit@example.org");
        form.put("languages", "en, Polish, ur");
        form.put("nameCy", "Grŵp Prawf Golygu");
        form.put("descriptionCy", "Gweithwyr achos lleol.");
        assertThat(partner.post("/organisations/" + code + "/edit", form).status())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT array_to_string(languages, ',') FROM support_organisation WHERE code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .as("languages kept as codes, typed by name or code")
                .isEqualTo("en,pl,ur");
        assertThat(new Browser(port).get("/support/" + code).body())
                .contains(
                        "Yes, but you may have to wait",
                        "British Sign Language",
                        "edit@example.org",
                        "Ealing",
                        "Edit Test Group",
                        "Local caseworkers.",
                        "English, Polish, Urdu");
        assertThat(new Browser(port).get("/support/" + code + "?lang=cy").body())
                .contains("Grŵp Prawf Golygu", "Gweithwyr achos lleol.", "Pwyleg, Saesneg, Wrdw")
                .doesNotContain("Local caseworkers.");
        assertThat(new Browser(port).get("/support?area=Ealing&strand=RACE").body())
                .contains("Edit Test Group");
    }
}
