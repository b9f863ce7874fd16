package org.reassure.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The online report journey page by page, as a browser with JavaScript off would use it. */
@ReassureTest
class ReportJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_start_page_explains_the_service_and_starts_with_a_link() {
        Browser.Page start = new Browser(port).get("/report");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body())
                .contains(
                        "Report a hate crime or hate incident",
                        "href=\"/report/who\"",
                        "Start now",
                        "999",
                        "0800 555 111");
    }

    @Test
    void a_victim_reports_with_contact_details_and_the_report_becomes_a_case_in_their_borough() {
        Browser browser = new Browser(port);
        answerUpToContactChoice(browser, "VICTIM", "TW4 6AA");
        step(browser, "contact-choice", Map.of("giveDetails", "YES"), "about-you");
        step(browser, "about-you", Map.of("name", "Sam Example", "pronouns", "they/them"), "contact");
        step(
                browser,
                "contact",
                Map.of("email", "sam@example.com", "phone", "07700 900 111", "preferredContact", "EMAIL"),
                "safe-contact");
        step(browser, "safe-contact", Map.of("safeTimes", "Evenings", "leaveMessage", "NO"), "language-and-support");
        Browser.Page languages = browser.get("/report/language-and-support");
        assertThat(languages.body())
                .as("languages offered by name, in English and in the language itself; the code is what is posted")
                .contains(
                        "<option value=\"pl\">Polish (polski)</option>",
                        "<option value=\"ur\">Urdu (اردو)</option>",
                        "<option value=\"bfi\">British Sign Language (BSL)</option>",
                        "<option value=\"cy\">Welsh (Cymraeg)</option>");
        step(browser, "language-and-support", Map.of("language", "pl", "interpreter", "YES"), "consent");
        step(browser, "consent", Map.of("consent", "CONTACT"), "check");
        Browser.Page check = browser.get("/report/check");
        assertThat(check.body())
                .contains(
                        "Check your answers before sending your report",
                        "Sam Example",
                        "sam@example.com",
                        "It happened to me",
                        "TW4 6AA",
                        "Race or ethnicity",
                        "Contact from the police",
                        "Polish (polski)",
                        "href=\"/report/contact?change=\"");
        String reference = send(browser, check);
        assertThat(jdbc.sql(
                                "SELECT language FROM report_person p JOIN report r ON r.id = p.report_id WHERE r.reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .as("the language is kept as its code")
                .isEqualTo("pl");
        assertThat(jdbc.sql(
                                "SELECT email FROM report_person p JOIN report r ON r.id = p.report_id WHERE r.reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("sam@example.com");
        String unit = Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT u.code FROM hate_case c JOIN unit u ON u.id = c.unit_id WHERE c.reference = ?")
                        .param(reference)
                        .query(String.class)
                        .optional()
                        .orElse(null));
        assertThat(unit).isEqualTo("HNS");
    }

    @Test
    void the_confirmation_shows_the_tracking_code_once_and_says_we_will_contact_within_24_hours() {
        Browser browser = new Browser(port);
        answerUpToContactChoice(browser, "VICTIM", "");
        step(browser, "contact-choice", Map.of("giveDetails", "YES"), "about-you");
        step(browser, "about-you", Map.of(), "contact");
        step(browser, "contact", Map.of("phone", "07700 900 111", "preferredContact", "PHONE"), "safe-contact");
        step(browser, "safe-contact", Map.of(), "language-and-support");
        step(browser, "language-and-support", Map.of(), "consent");
        step(browser, "consent", Map.of(), "check");
        Browser.Page check = browser.get("/report/check");
        browser.post("/report/send", Map.of("submissionToken", token(check)));
        Browser.Page first = browser.get("/report/sent");
        assertThat(first.body()).contains("Report sent", "within 24 hours", "999", "101", "0800 555 111");
        assertThat(JourneySteps.CODE.matcher(first.body()).find()).isTrue();
        Browser.Page again = browser.get("/report/sent");
        assertThat(JourneySteps.CODE.matcher(again.body()).find()).isFalse();
        assertThat(again.body()).contains("We have already shown you your tracking code");
    }

    @Test
    void an_anonymous_report_keeps_nothing_that_identifies_anyone_in_any_table() {
        Browser browser = new Browser(port);
        answerUpToContactChoice(browser, "WITNESS", "E13 0AA");
        step(browser, "contact-choice", Map.of("giveDetails", "NO"), "check");
        Browser.Page check = browser.get("/report/check");
        assertThat(check.body()).contains("No, I want to stay anonymous").doesNotContain("Email address");
        String reference = send(browser, check);
        assertThat(jdbc.sql("SELECT anonymous FROM report WHERE reference = ?")
                        .param(reference)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM report_person p JOIN report r ON r.id = p.report_id WHERE r.reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isZero();
        Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT count(*) FROM hate_case WHERE reference = ?")
                                .param(reference)
                                .query(Long.class)
                                .single()
                        > 0);
        // No column anywhere holds an IP address or a user agent.
        assertThat(jdbc.sql("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND (column_name ILIKE '%ip%addr%' OR column_name ILIKE '%user_agent%'
                                                   OR column_name ILIKE '%remote%' OR data_type = 'inet')""").query(String.class).list()).isEmpty();
        // Nothing the browser sent about itself reached a table row about this report.
        assertThat(jdbc.sql("SELECT row_to_json(r)::text FROM report r WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .doesNotContain("127.0.0.1", "Java-http-client", "localhost");
        assertThat(jdbc.sql("SELECT row_to_json(c)::text FROM hate_case c WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .doesNotContain("127.0.0.1", "Java-http-client", "localhost");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE detail LIKE '%127.0.0.1%' OR detail LIKE '%Java-http-client%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void choosing_anonymity_after_giving_details_forgets_them() {
        Browser browser = new Browser(port);
        answerUpToContactChoice(browser, "VICTIM", "");
        step(browser, "contact-choice", Map.of("giveDetails", "YES"), "about-you");
        step(browser, "about-you", Map.of("name", "Forget Me"), "contact");
        browser.get("/report/contact-choice");
        browser.post("/report/contact-choice", Map.of("giveDetails", "NO"));
        Browser.Page check = browser.get("/report/check");
        assertThat(check.body()).doesNotContain("Forget Me");
    }

    @Test
    void someone_reporting_for_a_victim_records_the_relationship_and_the_case_says_third_party() {
        Browser browser = new Browser(port);
        browser.get("/report/who");
        step(browser, "who", Map.of("reporterRole", "ON_BEHALF"), "relationship");
        Browser.Page missing = browser.post("/report/relationship", Map.of());
        assertThat(missing.body())
                .contains(
                        "Select how you know the person it happened to",
                        "Community leader",
                        "Council or housing worker",
                        "Advice worker",
                        "Solicitor");
        step(browser, "relationship", Map.of("relationship", "COMMUNITY_LEADER"), "what-happened");
        afterWho(browser, "");
        step(browser, "contact-choice", Map.of("giveDetails", "YES"), "about-you");
        step(browser, "about-you", Map.of(), "contact");
        step(browser, "contact", Map.of("email", "leader@example.org", "preferredContact", "EMAIL"), "safe-contact");
        step(browser, "safe-contact", Map.of(), "language-and-support");
        step(browser, "language-and-support", Map.of(), "victim");
        step(browser, "victim", Map.of("victimName", "A Victim"), "consent");
        step(browser, "consent", Map.of("consent", "REFERRAL"), "check");
        String reference = send(browser, browser.get("/report/check"));
        assertThat(jdbc.sql("SELECT relationship FROM report WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("COMMUNITY_LEADER");
        assertThat(jdbc.sql(
                                "SELECT name FROM report_person p JOIN report r ON r.id = p.report_id WHERE r.reference = ? AND role = 'VICTIM'")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("A Victim");
        String perceivedBy = Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT perceived_by FROM hate_case WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .optional()
                        .orElse(null));
        assertThat(perceivedBy).isEqualTo("THIRD_PARTY");
        assertThat(jdbc.sql(
                                "SELECT unit_id = (SELECT id FROM unit WHERE code = 'MET') FROM hate_case WHERE reference = ?")
                        .param(reference)
                        .query(Boolean.class)
                        .single())
                .as("no postcode: force triage")
                .isTrue();
    }

    @Test
    void errors_are_summarised_linked_to_the_field_and_keep_what_was_typed() {
        Browser browser = new Browser(port);
        browser.get("/report/who");
        Browser.Page noChoice = browser.post("/report/who", Map.of());
        assertThat(noChoice.status()).isEqualTo(200);
        assertThat(noChoice.body())
                .contains(
                        "<title>Error: Who is reporting?",
                        "There is a problem",
                        "<a href=\"#reporterRole\">Select who is reporting</a>",
                        "govuk-form-group--error");
        step(browser, "who", Map.of("reporterRole", "VICTIM"), "what-happened");
        step(browser, "what-happened", Map.of("description", "They shouted at me <b>loudly</b>"), "when");
        Browser.Page nothing = browser.post("/report/when", Map.of());
        assertThat(nothing.body()).contains("<a href=\"#day\">Enter the date it happened, or tell us roughly when</a>");
        Browser.Page badDate =
                browser.post("/report/when", Map.of("day", "31", "month", "2", "year", "2026", "time", "half past"));
        assertThat(badDate.body())
                .contains("The date it happened must be a real date", "value=\"31\"", "value=\"half past\"");
        Browser.Page future = browser.post("/report/when", Map.of("day", "1", "month", "1", "year", "2099"));
        assertThat(future.body()).contains("The date it happened must be today or in the past");
        step(browser, "when", Map.of("approximately", "Last weekend"), "where");
        Browser.Page noWhere = browser.post("/report/where", Map.of());
        assertThat(noWhere.body()).contains("Select whether it happened in a place or online");
        step(browser, "where", Map.of("whereKind", "PLACE"), "place");
        Browser.Page badPostcode =
                browser.post("/report/place", Map.of("postcode", "NOT A CODE", "place", "Near the park"));
        assertThat(badPostcode.body()).contains("Enter a full UK postcode", "value=\"NOT A CODE\"", "Near the park");
        step(browser, "where", Map.of("whereKind", "ONLINE"), "online");
        Browser.Page badLink =
                browser.post("/report/online", Map.of("platform", "A chat app", "link", "javascript:alert(1)"));
        assertThat(badLink.body()).contains("Enter the web address as it appears in your browser");
        step(browser, "online", Map.of("platform", "A chat app", "link", "example.com/x"), "why");
        Browser.Page noWhy = browser.post("/report/why", Map.of("hostilityReason", "Because of my faith"));
        assertThat(noWhy.body()).contains("Select why you think it happened", "Because of my faith");
        Browser.Page religionOnly = browser.post("/report/why", Map.of("religion", "ANTI_SIKH"));
        assertThat(religionOnly.body()).contains("Select ‘Religion or belief’ as well as the religion");
        Browser.Page check = browser.get("/report/check");
        assertThat(check.status()).isEqualTo(302);
        assertThat(check.location()).endsWith("/report/why");
        Browser.Page what = browser.get("/report/what-happened");
        assertThat(what.body())
                .contains("They shouted at me &lt;b&gt;loudly&lt;/b&gt;")
                .doesNotContain("<b>loudly</b>");
    }

    @Test
    void the_language_is_chosen_from_a_list_in_welsh_too_and_a_language_not_offered_is_refused() {
        Browser browser = new Browser(port);
        answerUpToContactChoice(browser, "VICTIM", "CF10 1AA");
        step(browser, "contact-choice", Map.of("giveDetails", "YES"), "about-you");
        step(browser, "about-you", Map.of(), "contact");
        step(browser, "contact", Map.of("phone", "07700 900 222", "preferredContact", "PHONE"), "safe-contact");
        step(browser, "safe-contact", Map.of(), "language-and-support");
        Browser.Page welsh = browser.get("/report/language-and-support?lang=cy");
        assertThat(welsh.body())
                .contains(
                        "<option value=\"pl\">Pwyleg (polski)</option>",
                        "<option value=\"bfi\">Iaith Arwyddion Prydain (BSL)</option>",
                        "<option value=\"cy\">Cymraeg</option>",
                        "<option value=\"\">Dim dewis</option>");
        Browser.Page refused = browser.post(
                "/report/language-and-support", Map.of("language", "Klingon", "adjustments", "A quiet room"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "<a href=\"#language\">Dewiswch iaith o’r rhestr, neu gadewch hi fel dim dewis</a>",
                        "A quiet room");
        step(browser, "language-and-support", Map.of("language", "pa", "adjustments", "A quiet room"), "consent");
        step(browser, "consent", Map.of("consent", "CONTACT"), "check");
        assertThat(browser.get("/report/check").body()).contains("Pwnjabeg (ਪੰਜਾਬੀ)", "A quiet room");
        assertThat(browser.get("/report/language-and-support?lang=en").body())
                .contains("<option value=\"pa\" selected=\"selected\">Punjabi (ਪੰਜਾਬੀ)</option>");
    }

    @Test
    void going_back_and_forth_and_changing_an_answer_keeps_every_other_answer() {
        Browser browser = new Browser(port);
        answerUpToContactChoice(browser, "VICTIM", "W5 1AA");
        step(browser, "contact-choice", Map.of("giveDetails", "NO"), "check");
        Browser.Page when = browser.get("/report/when");
        assertThat(when.body()).contains("value=\"12\"", "href=\"/report/what-happened\"");
        Browser.Page changeLink = browser.get("/report/place?change=");
        assertThat(changeLink.body()).contains("value=\"W5 1AA\"", "name=\"change\"", "href=\"/report/check\"");
        Map<String, String> changed = new LinkedHashMap<>(Map.of("postcode", "E6 1AA", "place", "The market"));
        changed.put("change", "true");
        Browser.Page back = browser.post("/report/place", changed);
        assertThat(back.location()).endsWith("/report/check");
        Browser.Page check = browser.get("/report/check");
        assertThat(check.body())
                .contains("E6 1AA", "The market", "Somebody shouted at me in the street.", "Race or ethnicity");
    }

    @Test
    void a_double_submit_creates_one_report() {
        Browser browser = new Browser(port);
        answerUpToContactChoice(browser, "VICTIM", "");
        step(browser, "contact-choice", Map.of("giveDetails", "NO"), "check");
        String unique = "Double submit test " + System.nanoTime();
        browser.get("/report/what-happened");
        step(browser, "what-happened", Map.of("description", unique, "change", "true"), "check");
        Browser.Page check = browser.get("/report/check");
        String token = token(check);
        Browser.Page first = browser.post("/report/send", Map.of("submissionToken", token));
        Browser.Page second = browser.post("/report/send", Map.of("submissionToken", token));
        assertThat(first.location()).endsWith("/report/sent");
        assertThat(second.location()).endsWith("/report/sent");
        assertThat(jdbc.sql("SELECT count(*) FROM report WHERE description = ?")
                        .param(unique)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void sending_from_an_older_check_page_shows_the_answers_again_and_sends_nothing() {
        Browser browser = new Browser(port);
        answerUpToContactChoice(browser, "VICTIM", "");
        step(browser, "contact-choice", Map.of("giveDetails", "NO"), "check");
        String older = token(browser.get("/report/check"));
        browser.get("/report/check");
        Browser.Page sent = browser.post("/report/send", Map.of("submissionToken", older));
        assertThat(sent.location()).endsWith("/report/check");
        assertThat(browser.get("/report/sent").location()).endsWith("/report");
    }

    @Test
    void a_question_reached_without_starting_goes_back_to_the_start_page() {
        Browser.Page page = new Browser(port).get("/report/when");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/report");
    }

    @Test
    void the_why_question_offers_every_strand_religions_local_strands_and_not_sure() {
        Browser browser = new Browser(port);
        browser.get("/report/who");
        Browser.Page why = browser.get("/report/why");
        assertThat(why.status()).isEqualTo(200);
        assertThat(why.body())
                .contains(
                        "Why do you think this happened?",
                        "Race or ethnicity",
                        "Religion or belief",
                        "Sexual orientation",
                        "Disability",
                        "Transgender identity",
                        "Alternative subculture",
                        "Sex or gender",
                        "I’m not sure",
                        "Muslim",
                        "Jewish",
                        "Christian",
                        "Sikh",
                        "Hindu",
                        "Buddhist",
                        "Another religion or belief",
                        "Having no religion",
                        "data-behaviour=\"exclusive\"");
    }

    private static void answerUpToContactChoice(Browser browser, String role, String postcode) {
        JourneySteps.answerUpToContactChoice(browser, role, postcode);
    }

    private static void afterWho(Browser browser, String postcode) {
        JourneySteps.afterWho(browser, postcode);
    }

    private static void step(Browser browser, String slug, Map<String, String> form, String next) {
        JourneySteps.step(browser, slug, form, next);
    }

    private static String token(Browser.Page check) {
        return JourneySteps.token(check);
    }

    private static String send(Browser browser, Browser.Page check) {
        return JourneySteps.send(browser, check);
    }
}
