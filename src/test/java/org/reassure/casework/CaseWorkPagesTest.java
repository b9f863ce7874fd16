package org.reassure.casework;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.casework.internal.CaseEventPublisher;
import org.reassure.casework.internal.CaseworkProperties;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case work pages, as a supervisor and an investigator use them with JavaScript off. */
@ReassureTest
class CaseWorkPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Units units;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Strands strands;

    @Autowired
    Catalogues catalogues;

    @Autowired
    CaseEventPublisher events;

    @Test
    void a_supervisor_and_an_investigator_take_a_new_report_from_triage_to_a_closed_case() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        assertThat(supervisor.get("/cases/triage").body()).contains("New reports to triage", ref);

        supervisor.get("/cases/" + ref + "/recording");
        Map<String, String> recording = new LinkedHashMap<>();
        recording.put("classification", "CRIME");
        recording.put("offence", "RA_INTENTIONAL_HAD");
        recording.put("strands", "RACE");
        recording.put("flags", "VULNERABLE_OR_INTIMIDATED");
        recording.put("reason", "Racist threats outside the library; the victim perceived racial hostility.");
        Browser.Page saved = supervisor.post("/cases/" + ref + "/recording", recording);
        assertThat(saved.status()).isEqualTo(302);
        String page = supervisor.get("/cases/" + ref).body();
        assertThat(page)
                .contains(
                        "Recording decision saved",
                        "Racially or religiously aggravated",
                        "Vulnerable or intimidated",
                        "Waiting for review");
        assertThat(supervisor.get("/cases/review").body()).contains(ref);

        supervisor.post("/cases/" + ref + "/review", Map.of("verdict", "approve", "comment", ""));
        assertThat(supervisor.get("/cases/" + ref).body()).contains("Recording decision approved");

        supervisor.get("/cases/" + ref + "/allocation");
        supervisor.post(
                "/cases/" + ref + "/allocation", Map.of("unit", "HNS-CSU", "officer", "investigator", "reason", ""));
        assertThat(supervisor.get("/cases/" + ref).body()).contains("Case allocated", "Daniel Okafor");

        Browser investigator = new Browser(port).signedInAs("investigator");
        investigator.get("/cases/" + ref);
        investigator.post("/cases/" + ref + "/investigation", Map.of());
        assertThat(investigator.get("/cases/" + ref).body()).contains("Investigation started.", "Under investigation");
        investigator.get("/cases/" + ref + "/decision");
        Browser.Page decided = investigator.post(
                "/cases/" + ref + "/decision",
                Map.of(
                        "choice",
                        "CHARGE",
                        "day",
                        "",
                        "month",
                        "",
                        "year",
                        "",
                        "time",
                        "",
                        "text",
                        "Charged at the station"));
        assertThat(decided.status()).as("a date is required").isEqualTo(200);
        assertThat(decided.body()).contains("<a href=\"#when\">Enter the date</a>", "Charged at the station");
        ZonedDateTime now = ZonedDateTime.now(Formats.UK);
        String[] ymd = now.toLocalDate().toString().split("-");
        String time = String.format("%02d:%02d", now.getHour(), now.getMinute());
        investigator.post(
                "/cases/" + ref + "/decision",
                Map.of(
                        "choice",
                        "CHARGE",
                        "day",
                        ymd[2],
                        "month",
                        ymd[1],
                        "year",
                        ymd[0],
                        "time",
                        time,
                        "text",
                        "Charged at the station"));
        assertThat(investigator.get("/cases/" + ref).body()).contains("Decision recorded", "Charged at the station");
        investigator.get("/cases/" + ref + "/outcome");
        investigator.post(
                "/cases/" + ref + "/outcome",
                Map.of("choice", "1", "day", ymd[2], "month", ymd[1], "year", ymd[0], "time", time));
        Browser.Page finalised = investigator.get("/cases/" + ref);
        assertThat(finalised.body()).contains("Case finalised", "1: Charge or summons", "Charge");
        investigator.post("/cases/" + ref + "/close", Map.of());
        assertThat(investigator.get("/cases/" + ref).body()).contains("Case closed", "Closed");
        assertThat(jdbc.sql("SELECT status FROM hate_case WHERE reference = ?")
                        .param(ref)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
    }

    @Test
    void a_returned_decision_needs_a_comment_and_puts_the_case_back_in_triage() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        supervisor.get("/cases/" + ref + "/recording");
        supervisor.post(
                "/cases/" + ref + "/recording",
                Map.of("classification", "NO_RECORD", "reason", "No hostility disclosed"));
        supervisor.get("/cases/" + ref);
        supervisor.post("/cases/" + ref + "/review", Map.of("verdict", "return", "comment", ""));
        assertThat(supervisor.get("/cases/" + ref).body())
                .contains("Say what needs to change before returning the decision");
        supervisor.post(
                "/cases/" + ref + "/review",
                Map.of(
                        "verdict",
                        "return",
                        "comment",
                        "The victim said he used racist words: record the racial hostility."));
        assertThat(supervisor.get("/cases/triage").body()).contains(ref);
        assertThat(supervisor.get("/cases/" + ref).body())
                .contains("Returned for change", "record the racial hostility");
    }

    @Test
    void a_recording_form_with_errors_keeps_everything_typed() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        supervisor.get("/cases/" + ref + "/recording");
        Browser.Page page = supervisor.post(
                "/cases/" + ref + "/recording",
                Map.of("classification", "CRIME", "strands", "DISABILITY", "reason", "Words I typed carefully"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<a href=\"#offence\">Select the offence</a>", "Words I typed carefully")
                .containsPattern("value=\"DISABILITY\"\\s+checked");
    }

    @Test
    void with_the_incident_path_switched_off_no_non_crime_hate_incident_can_be_recorded() {
        String ref = TestCases.newReport(jdbc, "HNS");
        CaseWork switchedOff = new CaseWork(
                jdbc,
                units,
                accounts,
                strands,
                catalogues,
                new CaseworkProperties(false, 3),
                events,
                Clock.systemUTC());
        RecordingDecision nchi = new RecordingDecision(
                Classification.NCHI,
                null,
                List.of("RACE"),
                List.of(),
                Set.of(),
                "Remarks",
                new RecordingDecision.NchiAssessment(true, true, true, true, false, null, true, null));
        var supervisor = accounts.findByUsername("supervisor").orElseThrow();
        var principal = Principals.of(accounts, "supervisor");
        assertThatThrownBy(() -> switchedOff.record(principal, ref, nchi))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("does not record non-crime hate incidents"));
        assertThat(supervisor.username()).isEqualTo("supervisor");
        assertThat(jdbc.sql("SELECT status FROM hate_case WHERE reference = ?")
                        .param(ref)
                        .query(String.class)
                        .single())
                .isEqualTo("REPORTED");
    }

    @Test
    void notes_are_kept_as_written_and_cases_can_be_linked_with_a_reason() {
        String ref = TestCases.newReport(jdbc, "HNS");
        String other = TestCases.newReport(jdbc, "HNS");
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        supervisor.get("/cases/" + ref);
        supervisor.post("/cases/" + ref + "/notes", Map.of("note", " "));
        assertThat(supervisor.get("/cases/" + ref).body()).contains("<a href=\"#note\">Write the note</a>");
        supervisor.post("/cases/" + ref + "/notes", Map.of("note", "Victim prefers calls after 6pm <b>only</b>"));
        String page = supervisor.get("/cases/" + ref).body();
        assertThat(page).contains("Note added.", "Victim prefers calls after 6pm &lt;b&gt;only&lt;/b&gt;");
        assertThatThrownBy(
                        () -> jdbc.sql("UPDATE case_note SET body = 'changed'").update())
                .hasStackTraceContaining("append-only");

        supervisor.post("/cases/" + ref + "/links", Map.of("other", ref, "linkReason", "x"));
        assertThat(supervisor.get("/cases/" + ref).body()).contains("A case cannot be linked to itself");
        supervisor.post(
                "/cases/" + ref + "/links",
                Map.of("other", other.toLowerCase(), "linkReason", "Same group of youths on the same estate"));
        assertThat(supervisor.get("/cases/" + ref).body()).contains("Cases linked.", other, "Same group of youths");
        assertThat(supervisor.get("/cases/" + other).body())
                .as("a link shows from both cases")
                .contains(ref);
        String elsewhere = TestCases.newReport(jdbc, "EAL");
        supervisor.post("/cases/" + ref + "/links", Map.of("other", elsewhere, "linkReason", "Same offender"));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM case_link l JOIN hate_case c ON c.id = l.linked_case_id WHERE c.reference = ?")
                        .param(elsewhere)
                        .query(Long.class)
                        .single())
                .as("a case in a unit one cannot see is not linked")
                .isZero();
    }

    @Test
    void workload_shows_open_cases_per_officer() {
        assertThat(new Browser(port)
                        .signedInAs("supervisor")
                        .get("/cases/workload")
                        .body())
                .contains("Workload by team", "Daniel Okafor", "Hounslow Community Safety Unit");
    }
}
