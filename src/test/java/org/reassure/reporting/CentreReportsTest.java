package org.reassure.reporting;

import java.util.List;
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
 * Third-party reporting centres report for victims through the same journey, see the status of what
 * their centre submitted and nothing else, and write to the officers on those reports.
 */
@ReassureTest
class CentreReportsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reports reports;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    @Test
    void a_centre_reports_through_the_journey_and_the_report_records_the_centre() {
        Browser centre = new Browser(port).signedInAs("thirdparty");
        assertThat(centre.get("/").location()).endsWith("/centre/reports");
        String reference = JourneySteps.anonymousReport(centre, "TW4 5AA");
        assertThat(jdbc.sql(
                                "SELECT channel || ' ' || centre_account || ' ' || centre_name FROM report WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("THIRD_PARTY thirdparty Hounslow Community Centre");
        String channel = Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT channel FROM hate_case WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .optional()
                        .orElse(null));
        assertThat(channel).isEqualTo("THIRD_PARTY");
        // Anonymous: no way to contact the reporter, so the first clock is a reply in the report's message thread.
        assertThat(Eventually.await(
                        "the first reply task",
                        () -> jdbc.sql(
                                        "SELECT rule_code FROM care_task WHERE case_reference = ? AND kind = 'FIRST_REPLY' AND status = 'OPEN'")
                                .param(reference)
                                .query(String.class)
                                .optional()
                                .orElse(null)))
                .isEqualTo("FORCE_FIRST_REPLY");
        assertThat(centre.get("/centre/reports").body())
                .contains("Reports you have submitted", reference, "Received. We are reading your report.");
        assertThat(new Browser(port)
                        .signedInAs("supervisor")
                        .get("/cases/" + reference)
                        .body())
                .contains(">Third-party reporting centre<", ">: Hounslow Community Centre<");
    }

    @Test
    void a_centre_writes_to_the_officers_and_reads_their_reply() {
        Browser centre = new Browser(port).signedInAs("thirdparty");
        String reference = JourneySteps.anonymousReport(centre, "TW3 2BB");
        Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT count(*) FROM hate_case WHERE reference = ?")
                                .param(reference)
                                .query(Long.class)
                                .single()
                        > 0);
        centre.get("/centre/reports/" + reference);
        Browser.Page empty = centre.post("/centre/reports/" + reference + "/messages", Map.of("message", ""));
        assertThat(empty.body()).contains("<a href=\"#message\">Write your message</a>");
        Browser.Page sent = centre.post(
                "/centre/reports/" + reference + "/messages", Map.of("message", "She would prefer a call after 5pm."));
        assertThat(sent.location()).endsWith("/centre/reports/" + reference + "#messages");
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        assertThat(supervisor.get("/cases/" + reference).body()).contains("She would prefer a call after 5pm.");
        supervisor.post("/cases/" + reference + "/messages", Map.of("message", "Thank you, we will call after 5pm."));
        assertThat(centre.get("/centre/reports/" + reference).body())
                .contains(
                        "Your centre",
                        "She would prefer a call after 5pm.",
                        "Thank you, we will call after 5pm.",
                        "Helen Marsh");
        assertThat(jdbc.sql(
                                "SELECT author FROM report_message m JOIN report r ON r.id = m.report_id WHERE r.reference = ? AND sender = 'REPORTER'")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("thirdparty");
    }

    @Test
    void a_centre_sees_nothing_it_did_not_submit_and_every_refusal_is_audited() {
        Reports.Receipt someoneElses = reports.submit(
                new NewReport(
                        "VICTIM",
                        true,
                        "Not the centre's report.",
                        List.of("RACE"),
                        null,
                        null,
                        new NewReport.Location(null, "TW3 1ES"),
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
                () -> jdbc.sql("SELECT count(*) FROM hate_case WHERE reference = ?")
                                .param(someoneElses.reference())
                                .query(Long.class)
                                .single()
                        > 0);
        Browser centre = new Browser(port).signedInAs("thirdparty");
        assertThat(centre.get("/centre/reports").body()).doesNotContain(someoneElses.reference());
        assertThat(centre.get("/centre/reports/" + someoneElses.reference()).status())
                .isEqualTo(404);
        assertThat(centre.get("/centre/reports/HC26-ZZZZ-ZZZZ").status()).isEqualTo(404);
        centre.get("/centre/reports");
        assertThat(centre.post("/centre/reports/" + someoneElses.reference() + "/messages", Map.of("message", "Hello"))
                        .status())
                .isEqualTo(404);
        assertThat(centre.get("/cases/" + someoneElses.reference()).status()).isEqualTo(403);
        assertThat(centre.get("/cases").status()).isEqualTo(403);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor = 'thirdparty' AND outcome = 'DENIED' AND record_id = ?""")
                        .param(someoneElses.reference())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM report_message m JOIN report r ON r.id = m.report_id WHERE r.reference = ?")
                        .param(someoneElses.reference())
                        .query(Long.class)
                        .single())
                .isZero();

        Browser officer = new Browser(port).signedInAs("supervisor");
        assertThat(officer.get("/centre/reports").status())
                .as("only centres have this page")
                .isEqualTo(403);
    }

    @Test
    void a_centres_api_token_records_the_centre_on_a_report_sent_through_the_api() {
        String token = Tokens.of(tokens, accounts, "thirdparty");
        Api.Response created = new Api(port).post("/api/v1/reports", token, """
                {"reporterRole":"ON_BEHALF","anonymous":true,"description":"Reported at the centre's drop-in.","perceivedHostility":["DISABILITY"]}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM report WHERE centre_account = 'thirdparty' AND channel = 'THIRD_PARTY' AND description = ?")
                        .param("Reported at the centre's drop-in.")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
