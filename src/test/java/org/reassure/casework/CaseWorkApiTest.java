package org.reassure.casework;

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

/** The staff API for case work, as an integrating system uses it: each decision, its refusals, and the audit trail. */
@ReassureTest
class CaseWorkApiTest {

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
    void a_report_goes_from_recording_to_a_finalised_outcome() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Api.Response recorded = api.post(path(ref, "recording"), supervisor, """
                {"classification": "CRIME", "offence": "RA_FEAR_PROVOCATION", "strands": ["RACE", "RELIGION"],
                 "religions": ["ANTI_MUSLIM"], "flags": ["REPEAT_VICTIM"], "reason": "Threats with racist and anti-Muslim words; victim perceived both."}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.body()).contains("\"status\":\"RECORDED\"");

        Api.Response allocated = api.post(path(ref, "allocation"), supervisor, """
                {"unit": "HNS-CSU", "officer": "investigator"}""");
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
        assertThat(allocated.body()).contains("\"status\":\"ALLOCATED\"");

        Api.Response decision = api.post(path(ref, "decisions"), investigator, "{\"type\": \"ARREST\"}");
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        assertThat(decision.body())
                .as("the first decision starts the investigation")
                .contains("\"status\":\"UNDER_INVESTIGATION\"");

        Api.Response outcome = api.post(path(ref, "outcome"), investigator, "{\"code\": 1}");
        assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
        assertThat(outcome.body()).contains("\"status\":\"FINALISED\"");

        assertThat(jdbc.sql(
                                "SELECT count(*) FROM case_history h JOIN hate_case c ON c.id = h.case_id WHERE c.reference = ?")
                        .param(ref)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql(
                                "SELECT string_agg(strand_code, ',' ORDER BY strand_code) FROM case_strand s JOIN hate_case c ON c.id = s.case_id "
                                        + "WHERE c.reference = ?")
                        .param(ref)
                        .query(String.class)
                        .single())
                .isEqualTo("RACE,RELIGION");
    }

    @Test
    void unknown_offence_strand_or_classification_is_a_422_naming_the_field_and_nothing_changes() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Api.Response badOffence = api.post(
                path(ref, "recording"),
                supervisor,
                "{\"classification\": \"CRIME\", \"offence\": \"NOT_AN_OFFENCE\", \"strands\": [\"RACE\", \"MARTIAN\"], \"reason\": \"x\"}");
        assertThat(badOffence.status()).isEqualTo(422);
        assertThat(badOffence.contentType()).startsWith("application/problem+json");
        assertThat(badOffence.body())
                .contains("\"field\":\"offence\"", "\"field\":\"strands\"", "There is no strand MARTIAN");
        Api.Response badClass =
                api.post(path(ref, "recording"), supervisor, "{\"classification\": \"MAYBE\", \"reason\": \"x\"}");
        assertThat(badClass.status()).isEqualTo(422);
        assertThat(badClass.body()).contains("\"field\":\"classification\"");
        assertThat(jdbc.sql("SELECT status FROM hate_case WHERE reference = ?")
                        .param(ref)
                        .query(String.class)
                        .single())
                .isEqualTo("REPORTED");
    }

    @Test
    void the_religion_strand_needs_the_perceived_religion_and_a_religion_needs_the_strand() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Api.Response missing = api.post(
                path(ref, "recording"),
                supervisor,
                "{\"classification\": \"CRIME\", \"offence\": \"RA_HAD\", \"strands\": [\"RELIGION\"], \"reason\": \"Anti-Jewish abuse\"}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("\"field\":\"religions\"", "Select the perceived religion of the victim");
        Api.Response stray = api.post(
                path(ref, "recording"),
                supervisor,
                "{\"classification\": \"CRIME\", \"offence\": \"RA_HAD\", "
                        + "\"strands\": [\"RACE\"], \"religions\": [\"ANTI_JEWISH\"], \"reason\": \"Abuse\"}");
        assertThat(stray.status()).isEqualTo(422);
        Api.Response both = api.post(
                path(ref, "recording"),
                supervisor,
                "{\"classification\": \"CRIME\", \"offence\": \"RA_HAD\", "
                        + "\"strands\": [\"RACE\", \"RELIGION\"], \"religions\": [\"ANTI_JEWISH\"], \"reason\": \"Antisemitic abuse\"}");
        assertThat(both.status()).as(both.body()).isEqualTo(200);
        assertThat(jdbc.sql(
                                "SELECT category FROM case_religion r JOIN hate_case c ON c.id = r.case_id WHERE c.reference = ?")
                        .param(ref)
                        .query(String.class)
                        .list())
                .containsExactly("ANTI_JEWISH");
    }

    @Test
    void moves_from_the_wrong_state_are_409_and_out_of_range_outcomes_422() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Api.Response early =
                api.post(path(ref, "allocation"), supervisor, "{\"unit\": \"HNS-CSU\", \"officer\": \"investigator\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("Record a decision on this report before allocating it");
        assertThat(api.post(path(ref, "outcome"), supervisor, "{\"code\": 24}").status())
                .isEqualTo(422);
        assertThat(api.post(path(ref, "outcome"), supervisor, "{\"code\": 0}").body())
                .contains("\"field\":\"code\"");
        assertThat(api.post(path(ref, "outcome"), supervisor, "{\"code\": 14}").status())
                .isEqualTo(409);
    }

    @Test
    void allocation_to_a_unit_the_supervisor_cannot_see_is_refused() {
        String ref = recorded();
        Api.Response response = api.post(
                path(ref, "allocation"), supervisor, "{\"unit\": \"EAL-CSU\", \"officer\": \"investigator2\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body())
                .contains("\"field\":\"unit\"", "You can only allocate to your own unit or a unit below it");
        Api.Response wrongOfficer =
                api.post(path(ref, "allocation"), supervisor, "{\"unit\": \"HNS-CSU\", \"officer\": \"analyst\"}");
        assertThat(wrongOfficer.status()).isEqualTo(422);
        assertThat(wrongOfficer.body()).contains("\"field\":\"officer\"");
    }

    @Test
    void an_investigator_cannot_allocate_and_the_refusal_is_audited() {
        String ref = recorded();
        Api.Response response = api.post(
                path(ref, "allocation"), investigator, "{\"unit\": \"HNS-CSU\", \"officer\": \"investigator\"}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE actor = 'investigator' AND record_id = ? AND outcome = 'DENIED'")
                        .param(ref)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_non_crime_hate_incident_must_pass_the_code_of_practice_tests() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Api.Response belowThreshold = api.post(path(ref, "recording"), supervisor, """
                {"classification": "NCHI", "strands": ["RACE"], "reason": "Offensive remark, no offence",
                 "nchi": {"notTrivial": true, "notIrrational": true, "notMalicious": false, "basisForHostility": true}}""");
        assertThat(belowThreshold.status()).isEqualTo(422);
        assertThat(belowThreshold.body()).contains("\"field\":\"nchi\"", "not trivial, irrational or malicious");

        Api.Response noReasonToKeep = api.post(path(ref, "recording"), supervisor, """
                {"classification": "NCHI", "strands": ["RACE"], "reason": "Repeated remarks at the school gate",
                 "nchi": {"notTrivial": true, "notIrrational": true, "notMalicious": true, "basisForHostility": true,
                          "keepSubjectData": true, "notifySubject": false}}""");
        assertThat(noReasonToKeep.status()).isEqualTo(422);
        assertThat(noReasonToKeep.body())
                .contains("\"field\":\"subjectDataReason\"", "\"field\":\"noNotificationReason\"");

        Api.Response recorded = api.post(path(ref, "recording"), supervisor, """
                {"classification": "NCHI", "strands": ["RACE"], "reason": "Repeated remarks at the school gate",
                 "nchi": {"notTrivial": true, "notIrrational": true, "notMalicious": true, "basisForHostility": true,
                          "keepSubjectData": false, "notifySubject": true}}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(jdbc.sql(
                                "SELECT classification || ':' || nchi_keep_subject_data || ':' || nchi_notify_subject FROM hate_case WHERE reference = ?")
                        .param(ref)
                        .query(String.class)
                        .single())
                .isEqualTo("NCHI:false:true");
    }

    @Test
    void withdrawal_needs_a_reason_is_recorded_once_and_never_in_the_future() {
        String ref = recorded();
        assertThat(api.post(path(ref, "withdrawal"), investigator, "{\"reason\": \"Afraid\"}")
                        .status())
                .as("the borough's case is not yet the investigator's team's")
                .isEqualTo(403);
        assertThat(api.post(
                                path(ref, "allocation"),
                                supervisor,
                                "{\"unit\": \"HNS-CSU\", \"officer\": \"investigator\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(path(ref, "withdrawal"), investigator, "{\"reason\": \" \"}")
                        .status())
                .isEqualTo(422);
        assertThat(api.post(
                                path(ref, "withdrawal"),
                                investigator,
                                "{\"at\": \"2099-01-01T10:00:00Z\", \"reason\": \"Scared\"}")
                        .status())
                .isEqualTo(422);
        assertThat(api.post(path(ref, "withdrawal"), investigator, "{\"reason\": \"Afraid of reprisals\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(path(ref, "withdrawal"), investigator, "{\"reason\": \"Again\"}")
                        .status())
                .isEqualTo(409);
        assertThat(api.post(path(ref, "decisions"), investigator, "{\"type\": \"TEA_BREAK\"}")
                        .body())
                .contains("\"field\":\"type\"");
        assertThat(api.post(path(ref, "decisions"), investigator, "{\"type\": \"ARREST\", \"at\": \"yesterday\"}")
                        .body())
                .contains("\"field\":\"at\"");
    }

    @Test
    void supervisors_read_a_cases_audit_trail_and_investigators_may_not() {
        String ref = recorded();
        Api.Response trail = api.get(path(ref, "audit"), supervisor);
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).contains("\"actor\":\"supervisor\"", "\"action\":\"ALTERATION\"");
        assertThat(api.get(path(ref, "audit"), investigator).status()).isEqualTo(403);
    }

    private String recorded() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Api.Response response = api.post(
                path(ref, "recording"),
                supervisor,
                "{\"classification\": \"CRIME\", \"offence\": \"RA_HAD\", \"strands\": [\"RACE\"], \"reason\": \"Racist abuse in the street\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return ref;
    }

    private static String path(String reference, String action) {
        return "/api/v1/cases/" + reference + "/" + action;
    }
}
