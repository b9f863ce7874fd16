package org.reassure.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.reporting.DemoTracking;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo's victims told through GOV.UK Notify: each channel and language, some delivered, one failed for good. */
@ReassureTest
class NotificationsDemoDataTest {

    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> row(String reference, String message) {
        return jdbc.sql("""
                SELECT channel, language, recipient_kind, status, task_key, personalisation::text AS fields,
                       array_to_string(address_lines, '|') AS lines,
                       (SELECT string_agg(c.status, ',' ORDER BY c.id) FROM notification_status_change c
                        WHERE c.notification_id = n.id) AS history
                FROM notification n WHERE case_reference = ? AND message = ?""").params(reference, message).query().singleRow();
    }

    @Test
    void the_victim_told_by_email_in_english_was_told_of_the_officer_and_the_arrest_email_failed_for_good() {
        Map<String, Object> assigned = row(DemoTracking.NOTIFIED_BY_EMAIL, "OFFICER_ASSIGNED");
        assertThat(assigned)
                .containsEntry("channel", "EMAIL")
                .containsEntry("language", "en")
                .containsEntry("recipient_kind", "VICTIM")
                .containsEntry("status", "DELIVERED")
                .containsEntry("history", "QUEUED,SENDING,SENT,DELIVERED");
        Map<String, Object> decision = row(DemoTracking.NOTIFIED_BY_EMAIL, "DECISION");
        assertThat(decision)
                .containsEntry("status", "PERMANENT_FAILURE")
                .containsEntry("history", "QUEUED,SENDING,SENT,PERMANENT_FAILURE");
        assertThat((String) decision.get("task_key")).startsWith("ARREST@");
        assertThat(jdbc.sql("""
                        SELECT assignee FROM care_open_task_v WHERE case_reference = ? AND kind = 'NOTIFICATION_FAILED'""")
                        .param(DemoTracking.NOTIFIED_BY_EMAIL)
                        .query(String.class)
                        .list())
                .as("the failure waits for the case's officer as a task")
                .hasSize(1)
                .doesNotContainNull();
        assertThat((String) decision.get("fields")).contains("\"decision\": \"Arrest\"");
    }

    @Test
    void the_welsh_victim_is_texted_in_welsh_and_the_victim_who_chose_post_gets_letters_at_their_address() {
        Map<String, Object> text = row(DemoTracking.NOTIFIED_BY_TEXT, "DECISION");
        assertThat(text).containsEntry("channel", "SMS").containsEntry("language", "cy");
        assertThat((String) text.get("fields")).contains("\"decision\": \"Arestio\"");
        Map<String, Object> letter = row(DemoTracking.NOTIFIED_BY_LETTER, "DECISION");
        assertThat(letter)
                .containsEntry("channel", "LETTER")
                .containsEntry("language", "en")
                .containsEntry("lines", "Marek Nowak|27 Lampton Road|Hounslow|TW3 1ES");
        assertThat((String) letter.get("status"))
                .as("queued for the address (sent at once where a Notify key is set, as in the tests)")
                .isIn("QUEUED", "SENDING", "SENT");
        assertThat(row(DemoTracking.NOTIFIED_BY_LETTER, "OFFICER_ASSIGNED")).containsEntry("status", "DELIVERED");
    }

    @Test
    void
            the_demo_reports_waiting_in_triage_are_acknowledged_in_the_reporters_language_and_nothing_goes_to_the_anonymous() {
        String welsh =
                "SELECT r.reference FROM report r JOIN report_person p ON p.report_id = r.id WHERE p.name = 'Rhys Evans'";
        String anonymous = "SELECT reference FROM report WHERE description LIKE 'I saw two people pull off%'";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "SELECT count(*) FROM notification WHERE message = 'REPORT_RECEIVED' AND case_reference IN ("
                                                + welsh + " UNION " + anonymous + ")")
                                .query(Long.class)
                                .single()
                        == 2);
        List<String> received =
                jdbc.sql("""
                SELECT coalesce(channel, status_reason) || ' ' || language || ' ' || recipient_kind FROM notification
                WHERE message = 'REPORT_RECEIVED' AND case_reference IN (%s UNION %s) ORDER BY language""".formatted(welsh, anonymous)).query(String.class).list();
        assertThat(received).containsExactly("EMAIL cy REPORTER", "ANONYMOUS en REPORTER");
    }
}
