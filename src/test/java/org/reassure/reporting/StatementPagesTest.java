package org.reassure.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages every public service publishes (accessibility statement, privacy notice, cookies, contact), open to
 * anyone, linked from every page's footer, in English and Welsh, naming the contacts set for the force.
 */
@ReassureTest
class StatementPagesTest {

    private static final List<String> PAGES = List.of("/accessibility", "/privacy", "/cookies", "/contact");

    @LocalServerPort
    int port;

    @Test
    void the_footer_of_every_page_links_to_the_four_pages() {
        for (String path : List.of("/", "/report", "/track", "/sign-in", "/accessibility")) {
            String footer = footer(new Browser(port).get(path).body());
            assertThat(footer)
                    .as(path)
                    .contains(
                            "href=\"/accessibility\">Accessibility statement</a>",
                            "href=\"/privacy\">Privacy</a>",
                            "href=\"/cookies\">Cookies</a>",
                            "href=\"/contact\">Contact</a>");
        }
        Browser welsh = new Browser(port);
        assertThat(footer(welsh.get("/?lang=cy").body()))
                .contains(
                        "href=\"/accessibility\">Datganiad hygyrchedd</a>",
                        "href=\"/privacy\">Preifatrwydd</a>",
                        "href=\"/cookies\">Cwcis</a>",
                        "href=\"/contact\">Cysylltu â ni</a>");
    }

    @Test
    void the_accessibility_statement_follows_the_model_and_says_how_the_service_was_tested() {
        String page = new Browser(port).get("/accessibility").body();
        assertThat(page)
                .contains(
                        "<title>Accessibility statement for Reassure",
                        "partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard",
                        "Non-accessible content",
                        "2.2.1 (timing adjustable)",
                        "axe-core",
                        "Chromium browser, in English and in Welsh",
                        "using only a keyboard",
                        "with JavaScript switched off",
                        "Equality and Human Rights Commission",
                        "Equality Commission for Northern Ireland",
                        "Equality Advisory and Support Service",
                        "href=\"mailto:reassure@example.police.uk\"",
                        "This statement was prepared on 7 December 2026");
        assertThat(welsh("/accessibility"))
                .contains(
                        "Datganiad hygyrchedd ar gyfer Reassure",
                        "Gweithdrefn orfodi",
                        "Sut y gwnaethom brofi",
                        "axe-core");
    }

    @Test
    void the_privacy_notice_names_the_legal_basis_the_rights_and_the_data_protection_officer() {
        String page = new Browser(port).get("/privacy").body();
        assertThat(page)
                .contains(
                        "Example Police (demo) is the controller",
                        "href=\"mailto:dpo@example.police.uk\"",
                        "1 Example Street, Exampletown EX1 1AA",
                        "Part 3 of the Data Protection Act 2018",
                        "section 35(2)(b)",
                        "Schedule 8",
                        "only if you agree",
                        "section 45",
                        "section 46",
                        "section 47",
                        "section 48",
                        "https://ico.org.uk/make-a-complaint/",
                        "0303 123 1113");
        assertThat(welsh("/privacy"))
                .contains("Hysbysiad preifatrwydd", "Ran 3 o Ddeddf Diogelu Data 2018", "dpo@example.police.uk");
    }

    @Test
    void the_cookies_page_lists_exactly_the_cookies_the_service_sets() {
        Browser visitor = new Browser(port);
        Browser.Page journey = visitor.get("/report/who");
        assertThat(journey.header("Set-Cookie")).startsWith("REASSURE_SESSION=");
        String page = visitor.get("/cookies").body();
        assertThat(page)
                .contains("<code>REASSURE_SESSION</code>", "<code>REASSURE_KIOSK</code>", "When you close your browser")
                .contains("so we do not ask for your permission");
        assertThat(page.split("<code>")).hasSize(3);
        assertThat(welsh("/cookies")).contains("Cwcis hanfodol", "<code>REASSURE_SESSION</code>");
    }

    @Test
    void a_whole_visit_sets_no_cookie_the_cookies_page_does_not_list() {
        Browser visitor = new Browser(port);
        visitor.get("/?lang=cy");
        JourneySteps.anonymousReport(visitor, "TW3 1ES");
        visitor.get("/track");
        visitor.get("/support");
        for (String path : PAGES) {
            visitor.get(path);
        }
        Browser staff = new Browser(port).signedInAs("supervisor");
        staff.get("/cases");
        assertThat(visitor.cookieNames()).containsExactly("REASSURE_SESSION");
        assertThat(staff.cookieNames()).containsExactly("REASSURE_SESSION");
    }

    @Test
    void the_contact_page_gives_every_way_to_reach_the_police_and_the_service() {
        assertThat(new Browser(port).get("/contact").body())
                .contains("999", "101", "18000", "18001 101", "emergencySMS", "0800 555 111")
                .contains("href=\"mailto:reassure@example.police.uk\"");
        assertThat(welsh("/contact")).contains("Cysylltu â", "heddlu", "ffôn testun", "18000");
    }

    @Test
    void each_page_is_open_to_anyone_in_both_languages() {
        for (String path : PAGES) {
            Browser.Page english = new Browser(port).get(path);
            assertThat(english.status()).as(path).isEqualTo(200);
            assertThat(english.body()).as(path).contains("lang=\"en\"").doesNotContain("??");
            assertThat(welsh(path)).as(path).contains("lang=\"cy\"").doesNotContain("??");
        }
    }

    private String welsh(String path) {
        Browser.Page page = new Browser(port).get(path + "?lang=cy");
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    private static String footer(String page) {
        return page.substring(page.indexOf("<footer"));
    }
}
