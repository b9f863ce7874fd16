package org.reassure.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.testing.Api;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the case page lets staff change, through the API: people, notes, evidence, messages with the reporter,
 * links, the supervisor's review, closing and reopening, under the same permissions and audit as the pages.
 */
@ReassureTest
class CaseRecordApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    Api api;
    String supervisor;
    String investigator;

    @BeforeEach
    void tokens() {
        api = new Api(port);
        supervisor = Tokens.of(tokens, accounts, "supervisor");
        investigator = Tokens.of(tokens, accounts, "investigator");
    }

    @Test
    void people_notes_and_links_are_added_and_read_back_through_the_api() {
        String ref = TestCases.newReport(jdbc, "HNS");
        String other = TestCases.newReport(jdbc, "HNS");

        Api.Response added = api.post(path(ref, "people"), supervisor, """
                {"role": "SUSPECT", "description": "A white man in his forties, shaved head, white van"}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"role\":\"SUSPECT\"", "shaved head");
        assertThat(api.get(path(ref, "people"), supervisor).body()).contains("A white man in his forties");

        Api.Response note = api.post(path(ref, "notes"), supervisor, """
                {"text": "Called the shop next door: they keep CCTV for 30 days."}""");
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(api.get(path(ref, "notes"), supervisor).body())
                .contains(
                        "\"text\":\"Called the shop next door: they keep CCTV for 30 days.\"",
                        "\"author\":\"supervisor\"");

        Api.Response emptyNote = api.post(path(ref, "notes"), supervisor, "{\"text\": \"  \"}");
        assertThat(emptyNote.status()).isEqualTo(422);
        assertThat(emptyNote.contentType()).startsWith("application/problem+json");
        assertThat(emptyNote.body()).contains("\"field\":\"note\"");

        Api.Response link = api.post(path(ref, "links"), supervisor, """
                {"other": "%s", "reason": "The same van and driver"}""".formatted(other));
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        assertThat(api.get(path(other, "links"), supervisor).body())
                .as("a link reads both ways")
                .contains("\"reference\":\"" + ref + "\"", "The same van and driver");
        assertThat(api.post(path(ref, "links"), supervisor, """
                        {"other": "%s", "reason": "Again"}""".formatted(other))
                        .status())
                .isEqualTo(409);

        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE record_type = 'case' AND record_id = ? AND action IN ('COLLECTION', 'COMBINATION')")
                        .param(ref)
                        .query(Long.class)
                        .single())
                .as("each change is audited")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void messages_with_the_reporter_and_the_reports_evidence_through_the_api() throws Exception {
        Api.Response sent = api.post("/api/v1/reports", null, """
                {"reporterRole": "VICTIM", "anonymous": false, "description": "Racist graffiti was sprayed on my door.",
                 "perceivedHostility": ["RACE"], "location": {"postcode": "TW3 1ES"},
                 "reporter": {"name": "Priya Example", "email": "priya@example.com"},
                 "consent": {"contact": true, "referral": false}}""");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String ref = sent.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
        awaitCase(ref);

        Api.Response message = api.post(path(ref, "messages"), supervisor, """
                {"text": "Thank you for your report. Could you send us a photo of the door?"}""");
        assertThat(message.status()).as(message.body()).isEqualTo(201);
        assertThat(api.get(path(ref, "messages"), supervisor).body())
                .contains("\"from\":\"OFFICER\"", "Could you send us a photo of the door?");

        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        UUID file = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO report_evidence (id, report_id, file_name, content_type, size_bytes, sha256, content, added_at)
                SELECT ?, id, 'door.pdf', 'application/pdf', ?, ?, ?, ? FROM report WHERE reference = ?""")
                .params(
                        file,
                        pdf.length,
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
                        pdf,
                        Timestamp.from(Instant.now()),
                        ref)
                .update();
        assertThat(api.get(path(ref, "evidence"), supervisor).body())
                .contains("\"fileName\":\"door.pdf\"", "\"contentType\":\"application/pdf\"", file.toString());
        Api.Response download = api.get(path(ref, "evidence/" + file), supervisor, "Accept", "application/pdf");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF-1.7");
        assertThat(api.get(path(ref, "evidence/" + UUID.randomUUID()), supervisor, "Accept", "application/pdf")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_supervisor_reviews_closes_and_reopens_and_an_investigator_may_not_reopen() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Api.Response recorded = api.post(path(ref, "recording"), investigator, """
                {"classification": "CRIME", "offence": "RA_FEAR_PROVOCATION", "strands": ["RACE"],
                 "reason": "Racist threats in the street; the victim perceived racial hostility."}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);

        Api.Response badVerdict = api.invalid().post(path(ref, "review"), supervisor, "{\"verdict\": \"MAYBE\"}");
        assertThat(badVerdict.status()).isEqualTo(422);
        assertThat(badVerdict.body()).contains("\"field\":\"verdict\"");
        Api.Response approved = api.post(path(ref, "review"), supervisor, "{\"verdict\": \"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/cases/" + ref, supervisor).body()).contains("\"review\":\"APPROVED\"");

        Api.Response tooSoon = api.post(path(ref, "close"), supervisor, "{}");
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.body()).contains("Finalise this case with an outcome before closing it.");
        api.post(path(ref, "allocation"), supervisor, "{\"unit\": \"HNS-CSU\", \"officer\": \"investigator\"}");
        api.post(path(ref, "decisions"), investigator, "{\"type\": \"NOT_INVESTIGATED\"}");
        Api.Response finalised = api.post(path(ref, "outcome"), investigator, "{\"code\": 18}");
        assertThat(finalised.body()).contains("\"status\":\"FINALISED\"");
        Api.Response closed = api.post(path(ref, "close"), supervisor, "{\"reason\": \"No lines of enquiry left\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.body()).contains("\"status\":\"CLOSED\"");

        Api.Response noReason = api.post(path(ref, "reopen"), supervisor, "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        Api.Response refused =
                api.post(path(ref, "reopen"), investigator, "{\"reason\": \"The victim has new information\"}");
        assertThat(refused.status()).isEqualTo(403);
        Api.Response reopened =
                api.post(path(ref, "reopen"), supervisor, "{\"reason\": \"The victim has new information\"}");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.body()).doesNotContain("\"status\":\"CLOSED\"");
    }

    private void awaitCase(String reference) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (jdbc.sql("SELECT count(*) FROM hate_case WHERE reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single()
                == 0) {
            assertThat(System.currentTimeMillis()).as("the case is opened").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String path(String ref, String step) {
        return "/api/v1/cases/" + ref + "/" + step;
    }
}
