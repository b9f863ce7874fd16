package org.reassure.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseStatus;
import org.reassure.platform.Labelled;

/**
 * The case history, append-only: every line is written here and nowhere else (the bulk import of generated data
 * aside, which copies whole histories). A line says who did what, when, the status it moved from and to (null
 * when it did not move) and the reason given. The history is a record, kept in English as it was written,
 * whatever the language of the person who reads it later.
 */
@Component
public class CaseHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    public CaseHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A line now, by a person. */
    public void write(UUID caseId, String actor, CaseStatus from, CaseStatus to, String what, String reason) {
        write(caseId, clock.instant(), actor, from, to, what, reason);
    }

    /** A line at a given time: when the thing happened elsewhere first (a report received, a message sent). */
    public void write(
            UUID caseId, Instant at, String actor, CaseStatus from, CaseStatus to, String what, String reason) {
        jdbc.sql("""
                INSERT INTO case_history (case_id, at, actor, from_status, to_status, what, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        caseId,
                        Timestamp.from(at),
                        actor,
                        from == null ? null : from.name(),
                        to == null ? null : to.name(),
                        what,
                        CaseRules.limit(reason, 5000))
                .update();
    }

    /**
     * A line for an event another module published, once: the registry may deliver an event again after a
     * failure, so a line with the same time, actor and words is not written twice. Nothing is written for an
     * unknown case.
     */
    public void writeOnce(String reference, Instant at, String actor, String what) {
        jdbc.sql("""
                INSERT INTO case_history (case_id, at, actor, what)
                SELECT c.id, ?, ?, ? FROM hate_case c WHERE c.reference = ?
                  AND NOT EXISTS (SELECT 1 FROM case_history h WHERE h.case_id = c.id AND h.at = ? AND h.what = ? AND h.actor = ?)""")
                .params(Timestamp.from(at), actor, what, reference, Timestamp.from(at), what, actor)
                .update();
    }

    /** A value's label as the history writes it: in English, from case work's own bundle. */
    public static String english(Labelled value) {
        return ResourceBundle.getBundle(
                        "messages/casework",
                        Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(value.labelKey());
    }
}
