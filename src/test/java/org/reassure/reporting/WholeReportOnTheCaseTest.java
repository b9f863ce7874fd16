package org.reassure.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer the reporter gave reaches the officer: on the case page, in the case API and in the printed case
 * summary, whichever way the report came (the online journey, the public API, a third-party reporting centre).
 */
@ReassureTest
class WholeReportOnTheCaseTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    @Test
    void every_answer_of_the_online_journey_is_on_the_case_page_and_in_the_case_api() {
        String reference = journeyWithEveryAnswer(new Browser(port));
        awaitCase(reference);

        String page = new Browser(port)
                .signedInAs("supervisor")
                .get("/cases/" + reference)
                .body();
        assertThat(page)
                .contains(
                        "What the reporter told us",
                        "The victim (who made the report)",
                        "Sam Example",
                        "they/them",
                        "sam@example.com",
                        "07700 900 111",
                        "By phone",
                        "Weekday evenings after 6pm",
                        "Monday, Tuesday, Wednesday, Thursday, Friday: 18:00 to 21:00",
                        "Polish",
                        "Needs an interpreter",
                        "Large print letters and a quiet room",
                        "My sister Alex Example",
                        "TW3 1ES",
                        "The bus stop outside Hounslow library",
                        "Hounslow (HNS)",
                        "Two men in their twenties, one with a red cap",
                        "A woman at the bus stop saw it",
                        "A cut to my hand and my phone was broken",
                        "Race",
                        "12 November 2026 at 9:30pm",
                        "Contact by the police about the report",
                        "Referral to a support organisation");
        assertThat(page)
                .as("the answer not to leave a message")
                .containsPattern("A message may be left</dt>\\s*<dd[^>]*>No</dd>");

        Api.Response api = new Api(port).get("/api/v1/cases/" + reference, Tokens.of(tokens, accounts, "supervisor"));
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        assertThat(api.body())
                .contains(
                        "\"reference\":\"" + reference + "\"",
                        "\"report\":{",
                        "\"reporterRole\":\"VICTIM\"",
                        "\"postcode\":\"TW3 1ES\"",
                        "\"placeDescription\":\"The bus stop outside Hounslow library\"",
                        "\"routedUnitCode\":\"HNS\"",
                        "\"peopleInvolved\":\"Two men in their twenties, one with a red cap\"",
                        "\"witnesses\":\"A woman at the bus stop saw it\"",
                        "\"harm\":\"A cut to my hand and my phone was broken\"",
                        "\"safeTimes\":\"Weekday evenings after 6pm\"",
                        "\"safeWindows\":[{\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],\"from\":\"18:00\",\"to\":\"21:00\"}]",
                        "\"allowedChannels\":[\"PHONE\",\"MESSAGE\"]",
                        "\"leaveMessage\":false",
                        "\"interpreterNeeded\":true",
                        "\"language\":\"pl\"",
                        "\"adjustments\":\"Large print letters and a quiet room\"",
                        "\"spokesperson\":\"My sister Alex Example\"",
                        "\"consentToContact\":true",
                        "\"consentToReferral\":true");
    }

    @Test
    void every_answer_sent_through_the_api_is_on_the_case_and_links_are_text_not_links() {
        Api api = new Api(port);
        Api.Response sent = api.post("/api/v1/reports", null, """
                {"reporterRole": "ON_BEHALF", "anonymous": false, "relationship": "ADVICE_WORKER",
                 "description": "My client was sent abusive messages about her religion.",
                 "perceivedHostility": ["RELIGION"], "religion": ["ANTI_JEWISH"],
                 "hostilityReason": "The messages mocked her for being Jewish",
                 "occurredApproximately": "Over the last two weeks",
                 "location": {"description": "Her home and online", "postcode": "TW3 4DN"},
                 "online": {"platform": "A photo sharing app", "url": "https://example.com/post/123"},
                 "peopleInvolved": "An account calling itself night_owl_77",
                 "witnesses": "Nobody else",
                 "harm": "She has not slept properly since",
                 "reporter": {"name": "Jo Adviser", "email": "jo.adviser@example.org", "phone": "020 7946 0123",
                              "preferredContact": "EMAIL", "safeTimes": "Office hours", "leaveMessage": true},
                 "victim": {"name": "Ruth Example", "phone": "07700 900 222", "preferredContact": "PHONE",
                            "language": "en", "interpreterNeeded": false, "adjustments": "Speak slowly, she is hard of hearing",
                            "safeTimes": "Mornings before 11am", "leaveMessage": false, "spokesperson": "Jo Adviser"},
                 "consent": {"contact": true, "referral": false}}""");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String reference = sent.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
        awaitCase(reference);

        String page = new Browser(port)
                .signedInAs("supervisor")
                .get("/cases/" + reference)
                .body();
        assertThat(page)
                .contains(
                        "Someone reporting for the victim",
                        "Advice worker",
                        "Over the last two weeks",
                        "Her home and online",
                        "TW3 4DN",
                        "A photo sharing app",
                        "https://example.com/post/123",
                        "An account calling itself night_owl_77",
                        "She has not slept properly since",
                        "The person reporting",
                        "Jo Adviser",
                        "Office hours",
                        "The victim",
                        "Ruth Example",
                        "Speak slowly, she is hard of hearing",
                        "Mornings before 11am");
        assertThat(page)
                .as("a link the reporter typed is never a live link")
                .doesNotContain("href=\"https://example.com");

        Api.Response detail = api.get("/api/v1/cases/" + reference, Tokens.of(tokens, accounts, "supervisor"));
        assertThat(detail.body())
                .contains(
                        "\"relationship\":\"ADVICE_WORKER\"",
                        "\"religions\":[\"ANTI_JEWISH\"]",
                        "\"onlineUrl\":\"https://example.com/post/123\"",
                        "\"occurredApproximately\":\"Over the last two weeks\"",
                        "\"victim\":{\"name\":\"Ruth Example\"",
                        "\"consentToReferral\":false");
    }

    @Test
    void a_centre_report_names_the_centre_and_blank_answers_say_not_given() {
        Browser centre = new Browser(port).signedInAs("thirdparty");
        String reference = JourneySteps.anonymousReport(centre, "TW4 5AA");
        awaitCase(reference);

        String page = new Browser(port)
                .signedInAs("supervisor")
                .get("/cases/" + reference)
                .body();
        assertThat(page)
                .contains(
                        "Third-party reporting centre: Hounslow Community Centre",
                        "A witness",
                        "The reporter chose to stay anonymous",
                        "Not given");
        assertThat(page).containsPattern("Who else saw it</dt>\\s*<dd[^>]*>Not given</dd>");
    }

    @Test
    void the_printed_summary_has_every_answer_and_no_navigation_and_is_audited_as_a_disclosure() {
        String reference = journeyWithEveryAnswer(new Browser(port));
        awaitCase(reference);
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        assertThat(supervisor.get("/cases/" + reference).body()).contains("/cases/" + reference + "/print");

        Browser.Page print = supervisor.get("/cases/" + reference + "/print");
        assertThat(print.status()).isEqualTo(200);
        assertThat(print.body())
                .contains(
                        "Case summary for handover or the case file",
                        "Printed by",
                        "Somebody shouted at me in the street.",
                        "They talked about my skin colour",
                        "Two men in their twenties, one with a red cap",
                        "Weekday evenings after 6pm",
                        "History")
                .doesNotContain("govuk-service-navigation", "govuk-footer", "Sign out");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action = 'DISCLOSURE' AND record_type = 'case' AND record_id = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** A victim's report through the online journey with every question answered. */
    private static String journeyWithEveryAnswer(Browser browser) {
        browser.get("/report/who");
        JourneySteps.step(browser, "who", Map.of("reporterRole", "VICTIM"), "what-happened");
        JourneySteps.step(
                browser, "what-happened", Map.of("description", "Somebody shouted at me in the street."), "when");
        JourneySteps.step(
                browser, "when", Map.of("day", "12", "month", "11", "year", "2026", "time", "9:30pm"), "where");
        JourneySteps.step(browser, "where", Map.of("whereKind", "PLACE"), "place");
        JourneySteps.step(
                browser,
                "place",
                Map.of("postcode", "TW3 1ES", "place", "The bus stop outside Hounslow library"),
                "why");
        Map<String, String> why = new LinkedHashMap<>();
        why.put("strands", "RACE");
        why.put("hostilityReason", "They talked about my skin colour");
        JourneySteps.step(browser, "why", why, "details");
        JourneySteps.step(
                browser,
                "details",
                Map.of(
                        "peopleInvolved", "Two men in their twenties, one with a red cap",
                        "witnesses", "A woman at the bus stop saw it",
                        "harm", "A cut to my hand and my phone was broken"),
                "evidence");
        JourneySteps.step(browser, "evidence", Map.of(), "contact-choice");
        JourneySteps.step(browser, "contact-choice", Map.of("giveDetails", "YES"), "about-you");
        JourneySteps.step(browser, "about-you", Map.of("name", "Sam Example", "pronouns", "they/them"), "contact");
        JourneySteps.step(
                browser,
                "contact",
                Map.of("email", "sam@example.com", "phone", "07700 900 111", "preferredContact", "PHONE"),
                "safe-contact");
        Map<String, String> safe = new LinkedHashMap<>();
        safe.put("days1", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY");
        safe.put("from1", "6pm");
        safe.put("to1", "9pm");
        safe.put("allowedChannels", "PHONE,MESSAGE");
        safe.put("leaveMessage", "NO");
        safe.put("safeTimes", "Weekday evenings after 6pm");
        JourneySteps.step(browser, "safe-contact", safe, "language-and-support");
        JourneySteps.step(
                browser,
                "language-and-support",
                Map.of(
                        "language", "pl",
                        "interpreter", "YES",
                        "adjustments", "Large print letters and a quiet room",
                        "spokesperson", "My sister Alex Example"),
                "consent");
        JourneySteps.step(browser, "consent", Map.of("consent", "CONTACT,REFERRAL"), "check");
        return JourneySteps.send(browser, browser.get("/report/check"));
    }

    private void awaitCase(String reference) {
        Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT reference FROM hate_case WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .optional()
                        .orElse(null));
    }
}
