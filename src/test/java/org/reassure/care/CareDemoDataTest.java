package org.reassure.care;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo data shows a newcomer care tasks done, overdue and still running, with contacts and escalations. */
@ReassureTest
class CareDemoDataTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void demo_cases_have_done_overdue_and_open_tasks_and_a_contact_log() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT count(*) FROM care_task WHERE status = 'OVERDUE'") > 0);
        assertThat(count("SELECT count(*) FROM care_task WHERE status = 'DONE'"))
                .isGreaterThan(100);
        assertThat(count("SELECT count(*) FROM care_task WHERE status = 'DONE' AND completed_at > due_at"))
                .as("some kept late")
                .isPositive();
        assertThat(count("SELECT count(*) FROM care_task WHERE status = 'OPEN' AND due_at > now()"))
                .as("clocks still running")
                .isPositive();
        assertThat(count("SELECT count(*) FROM care_task WHERE status = 'CLOSED'"))
                .as("updates closed at finalisation")
                .isPositive();
        assertThat(count("SELECT count(*) FROM care_contact WHERE outcome = 'NO_ANSWER'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM care_alert WHERE kind = 'ESCALATION'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM care_task WHERE assignee = 'investigator'"))
                .as("the demo investigator has work")
                .isPositive();
        assertThat(count("SELECT count(DISTINCT rule_code) FROM care_task")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void the_triage_queue_of_the_demo_has_a_report_near_its_24_hour_deadline_and_one_past_it() {
        String waiting = """
                SELECT count(*) FROM care_first_contact_v fc JOIN casework_case_fact_v c ON c.reference = fc.case_reference
                WHERE c.status = 'REPORTED' AND c.reference !~ '^HC26-T[0-9]{3}-[0-9]{4}$' AND """;
        assertThat(count(waiting + " fc.status = 'OPEN' AND fc.due_at BETWEEN now() AND now() + INTERVAL '4 hours'"))
                .as("near its deadline")
                .isPositive();
        await().atMost(Duration.ofSeconds(30)).until(() -> count(waiting + " fc.status = 'OVERDUE'") > 0);
    }

    @Test
    void demo_cases_have_needs_assessments_one_high_risk_support_officers_warnings_and_a_statement_in_two_versions() {
        assertThat(count("SELECT count(DISTINCT case_reference) FROM care_needs_assessment"))
                .isGreaterThan(20);
        assertThat(count("SELECT count(*) FROM care_needs_assessment WHERE risk = 'HIGH'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM care_task WHERE kind = 'SUPERVISOR_REVIEW' AND status = 'OPEN'"))
                .isPositive();
        assertThat(
                        count(
                                "SELECT count(*) FROM care_needs_assessment WHERE cardinality(refused_channels) > 0 OR no_messages"))
                .isPositive();
        // The demo's own assignments: other tests share the database and assign cases of their own (TestCases
        // references).
        assertThat(count(
                        "SELECT count(*) FROM care_support_assignment WHERE support_officer = 'supportofficer' AND ended_at IS NULL"
                                + " AND case_reference !~ '^HC26-T[0-9]{3}-[0-9]{4}$'"))
                .isBetween(1L, 6L);
        assertThat(
                        count(
                                "SELECT count(*) FROM care_task WHERE assignee = 'supportofficer' AND kind = 'SUPPORT_FOLLOW_UP'"))
                .isPositive();
        assertThat(
                        count(
                                "SELECT count(*) FROM care_task WHERE rule_code = 'FORCE_SUPPORT_FOLLOW_UP_REGULAR' AND status = 'OPEN'"))
                .as("a follow-up made, and the next one due")
                .isPositive();
        assertThat(count("SELECT max(version) FROM care_statement WHERE kind = 'VICTIM_PERSONAL'"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM care_statement WHERE kind = 'COMMUNITY_IMPACT'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM care_contact_agreement WHERE assessment_id IS NULL"))
                .as("an agreement changed by an officer")
                .isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
