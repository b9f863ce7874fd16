package org.reassure.reporting;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.casework.CaseWork;
import org.reassure.casework.Classification;
import org.reassure.casework.RecordingDecision;
import org.reassure.identity.StaffAccounts;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secure messages both ways between the person who reported (with only their reference and tracking
 * code, so anonymous reporters too) and the officers on the case, and the named officer's direct phone.
 */
@ReassureTest
class ReportMessagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Reports reports;

    @Autowired
    CaseWork caseWork;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void an_anonymous_reporter_and_the_officer_exchange_messages_as_plain_text() {
        Reports.Receipt receipt = anonymousReportIn("TW3 1ES");
        Browser reporter = tracking(receipt);
        Browser.Page sent = reporter.post(
                "/track/messages",
                Map.of("message", "I remembered the van's number plate.\n<script>alert(1)</script>"));
        assertThat(sent.location()).endsWith("/track/report#messages");
        assertThat(reporter.get("/track/report").body())
                .contains(
                        "Your message has been sent.", "I remembered the van", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");

        Browser officer = new Browser(port).signedInAs("supervisor");
        assertThat(officer.get("/cases?q=" + receipt.reference()).body()).contains("New message");
        String triage = officer.get("/cases/triage").body();
        assertThat(triage.substring(triage.indexOf(receipt.reference())))
                .as("the triage queue")
                .contains("New message");
        String casePage = officer.get("/cases/" + receipt.reference()).body();
        assertThat(casePage)
                .contains("Messages with the reporter", "I remembered the van", "&lt;script&gt;", "New")
                .doesNotContain("<script>alert(1)");
        assertThat(officer.get("/cases?q=" + receipt.reference()).body())
                .as("seen by the officer")
                .doesNotContain("New message");

        Browser.Page reply = officer.post(
                "/cases/" + receipt.reference() + "/messages",
                Map.of("message", "Thank you. Could you tell us the colour of the van?"));
        assertThat(reply.location()).endsWith("/cases/" + receipt.reference() + "#messages");
        assertThat(reporter.get("/track/report").body())
                .contains("Thank you. Could you tell us the colour of the van?", "Helen Marsh");
        Eventually.await(
                "the case history",
                () -> jdbc.sql("""
                SELECT count(*) FROM case_history h JOIN hate_case c ON c.id = h.case_id
                WHERE c.reference = ? AND h.what IN ('Message from the reporter', 'Message sent to the reporter')""").param(receipt.reference()).query(Long.class).single() == 2);
        assertThat(officer.get("/cases/" + receipt.reference()).body())
                .contains("Message from the reporter", "Message sent to the reporter")
                .doesNotContain("the colour of the van?</strong>");

        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'report-message' AND record_id = ? AND outcome = 'ALLOWED'""").param(receipt.reference()).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void an_empty_or_too_long_message_is_explained_and_what_was_typed_is_kept() {
        Browser reporter = tracking(anonymousReportIn("W5 2NT"));
        Browser.Page empty = reporter.post("/track/messages", Map.of("message", "  \n "));
        assertThat(empty.body())
                .contains("There is a problem", "<a href=\"#message\">Write your message</a>", "Error:");
        String tooLong = "a".repeat(2001);
        Browser.Page longOne = reporter.post("/track/messages", Map.of("message", tooLong));
        assertThat(longOne.body()).contains("Your message must be 2,000 characters or fewer", tooLong);
        assertThat(reporter.get("/track/report?lang=cy").body()).contains("Negeseuon", "Anfon neges");
        Browser.Page welsh = reporter.post("/track/messages", Map.of("message", ""));
        assertThat(welsh.body()).contains("Ysgrifennwch eich neges");
    }

    @Test
    void without_a_checked_tracking_code_no_message_can_be_written() {
        Browser stranger = new Browser(port);
        stranger.get("/track");
        assertThat(stranger.post("/track/messages", Map.of("message", "Hello")).location())
                .endsWith("/track");
    }

    @Test
    void the_api_shows_the_thread_and_takes_the_reporters_messages_with_the_tracking_code() {
        Reports.Receipt receipt = anonymousReportIn("E6 2JA");
        Api api = new Api(port);
        Api.Response written = api.post(
                "/api/v1/reports/" + receipt.reference() + "/messages",
                null,
                "{\"text\":\"Is there any news?\"}",
                "X-Tracking-Code",
                receipt.trackingCode());
        assertThat(written.status()).isEqualTo(201);
        assertThat(json.readTree(written.body()).get("from").asString()).isEqualTo("REPORTER");
        Api.Response wrongCode = api.post(
                "/api/v1/reports/" + receipt.reference() + "/messages",
                null,
                "{\"text\":\"Hello\"}",
                "X-Tracking-Code",
                "NOT-THE-CODE");
        assertThat(wrongCode.status()).isEqualTo(404);
        Api.Response empty = api.post(
                "/api/v1/reports/" + receipt.reference() + "/messages",
                null,
                "{\"text\":\"\"}",
                "X-Tracking-Code",
                receipt.trackingCode());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(json.readTree(empty.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("text");

        awaitCase(receipt.reference());
        new Browser(port)
                .signedInAs("investigator2")
                .post("/cases/" + receipt.reference() + "/messages", Map.of("message", "x"));
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        supervisor.post("/cases/" + receipt.reference() + "/messages", Map.of("message", "We are looking into it."));

        JsonNode tracked = json.readTree(
                api.get("/api/v1/reports/" + receipt.reference(), null, "X-Tracking-Code", receipt.trackingCode())
                        .body());
        assertThat(tracked.has("status")).isTrue();
        assertThat(tracked.has("updates")).isTrue();
        JsonNode messages = tracked.get("messages");
        assertThat(messages.size())
                .as("the Ealing investigator cannot write on a Newham case")
                .isEqualTo(1);
        assertThat(messages.get(0).get("text").asString()).isEqualTo("Is there any news?");
    }

    @Test
    void once_allocated_the_tracking_page_and_api_give_the_named_officers_direct_phone() {
        Reports.Receipt receipt = anonymousReportIn("TW3 1ES");
        awaitCase(receipt.reference());
        var supervisor = Principals.of(accounts, "supervisor");
        caseWork.record(
                supervisor,
                receipt.reference(),
                new RecordingDecision(
                        Classification.CRIME,
                        "RA_HAD",
                        List.of("RACE"),
                        List.of(),
                        Set.of(),
                        "Racist abuse in the street",
                        null));
        caseWork.review(supervisor, receipt.reference(), true, null);
        caseWork.allocate(supervisor, receipt.reference(), "HNS-CSU", "investigator", null);

        assertThat(tracking(receipt).get("/track/report").body()).contains("Daniel Okafor", "020 7946 0102");
        JsonNode officer = json.readTree(new Api(port)
                        .get("/api/v1/reports/" + receipt.reference(), null, "X-Tracking-Code", receipt.trackingCode())
                        .body())
                .get("officer");
        assertThat(officer.get("name").asString()).isEqualTo("Daniel Okafor");
        assertThat(officer.get("phone").asString()).isEqualTo("020 7946 0102");
    }

    @Test
    void a_reporters_new_message_is_on_the_named_officers_work_until_they_read_it() {
        Reports.Receipt receipt = anonymousReportIn("TW3 1ES");
        var supervisor = Principals.of(accounts, "supervisor");
        caseWork.record(
                supervisor,
                receipt.reference(),
                new RecordingDecision(
                        Classification.CRIME,
                        "RA_HAD",
                        List.of("RACE"),
                        List.of(),
                        Set.of(),
                        "Racist abuse in the street",
                        null));
        caseWork.review(supervisor, receipt.reference(), true, null);
        caseWork.allocate(supervisor, receipt.reference(), "HNS-CSU", "investigator", null);
        Browser investigator = new Browser(port).signedInAs("investigator");
        assertThat(investigator.get("/care/my-work").body()).doesNotContain("Read and reply: " + receipt.reference());

        tracking(receipt)
                .post("/track/messages", Map.of("message", "Is there any news? I am worried they will come back."));
        assertThat(investigator.get("/care/my-work").body())
                .contains("New messages from reporters", "Read and reply: " + receipt.reference());
        investigator.get("/cases/" + receipt.reference());
        assertThat(investigator.get("/care/my-work").body())
                .as("read on the case page")
                .doesNotContain("Read and reply: " + receipt.reference());
    }

    private Reports.Receipt anonymousReportIn(String postcode) {
        Reports.Receipt receipt = reports.submit(
                new NewReport(
                        "VICTIM",
                        true,
                        "Someone shouted abuse at me at the bus stop.",
                        List.of("RACE"),
                        null,
                        null,
                        new NewReport.Location(null, postcode),
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
        awaitCase(receipt.reference());
        return receipt;
    }

    private void awaitCase(String reference) {
        Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT count(*) FROM hate_case WHERE reference = ?")
                                .param(reference)
                                .query(Long.class)
                                .single()
                        > 0);
    }

    private Browser tracking(Reports.Receipt receipt) {
        Browser browser = new Browser(port);
        browser.get("/track");
        assertThat(browser.post(
                                "/track",
                                Map.of("reference", receipt.reference(), "trackingCode", receipt.trackingCode()))
                        .location())
                .endsWith("/track/report");
        browser.get("/track/report");
        return browser;
    }
}
