package org.reassure.care.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.SafeWindows;
import org.reassure.reporting.ContactWishes;
import org.reassure.reporting.ReportSubmitted;

/**
 * How the victim wishes to be contacted on each case: taken from the report as the starting point of the contact
 * agreement, and changed by staff with the victim (each change a new row, dated and attributed). Callers check
 * access.
 */
@Service
public class SafeContactTimes {

    /** The wishes in force on a case, who gave them ({@code null}: the report) and when. */
    public record Wishes(ContactWishes wishes, SafeWindows windows, String givenBy, String reason, Instant givenAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    SafeContactTimes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The report's contact wishes become the case's: those of the victim when they gave any, else of the person
     * reporting for them. A retry of the event adds nothing.
     */
    @ApplicationModuleListener
    void on(ReportSubmitted report) {
        Optional<ContactWishes> said = report.people().stream()
                .map(ReportSubmitted.Person::wishes)
                .filter(w -> w != null && !w.saidNothing())
                .findFirst();
        if (said.isEmpty()) {
            return;
        }
        boolean known =
                jdbc.sql("SELECT count(*) FROM care_contact_wishes WHERE case_reference = ? AND given_by IS NULL")
                                .param(report.reference())
                                .query(Long.class)
                                .single()
                        > 0;
        if (!known) {
            fromReport(report.reference(), said.get(), report.receivedAt());
        }
    }

    /** The wishes as the report gave them (the demo data's cases, made without a report, say them here). */
    public void fromReport(String reference, ContactWishes wishes, Instant receivedAt) {
        store(reference, wishes, null, null, receivedAt);
    }

    /** Staff record what the victim now wishes, with the reason (the victim asked, a change at home...); checked by the caller. */
    @Transactional
    public Wishes change(String reference, ContactWishes wishes, String by, String reason) {
        store(reference, wishes, by, reason, clock.instant());
        return current(reference).orElseThrow();
    }

    private void store(String reference, ContactWishes wishes, String by, String reason, Instant at) {
        jdbc.sql("""
                INSERT INTO care_contact_wishes (case_reference, safe_windows, allowed_channels, leave_message, note, given_by, reason, given_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        reference,
                        wishes.safeWindows().stream().map(SafeWindows::encode).toArray(String[]::new),
                        wishes.allowedChannels().toArray(String[]::new),
                        wishes.leaveMessage(),
                        wishes.note(),
                        by,
                        reason,
                        Timestamp.from(at))
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Wishes> current(String reference) {
        return jdbc.sql("SELECT * FROM care_contact_wishes WHERE case_reference = ? ORDER BY id DESC LIMIT 1")
                .param(reference.trim().toUpperCase())
                .query(SafeContactTimes::wishes)
                .optional();
    }

    /** Every version on the case, newest first (the report's last). */
    @Transactional(readOnly = true)
    public List<Wishes> history(String reference) {
        return jdbc.sql("SELECT * FROM care_contact_wishes WHERE case_reference = ? ORDER BY id DESC")
                .param(reference.trim().toUpperCase())
                .query(SafeContactTimes::wishes)
                .list();
    }

    /** The safe windows in force on a case; none when the victim gave none. */
    @Transactional(readOnly = true)
    public SafeWindows windows(String reference) {
        return current(reference).map(Wishes::windows).orElse(SafeWindows.NONE);
    }

    /** The safe windows in force on each of these cases, for a list of tasks (cases without any are left out). */
    @Transactional(readOnly = true)
    public Map<String, SafeWindows> windows(Collection<String> references) {
        Map<String, SafeWindows> found = new HashMap<>();
        if (references.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                SELECT DISTINCT ON (case_reference) case_reference, safe_windows FROM care_contact_wishes
                WHERE case_reference = ANY(?) ORDER BY case_reference, id DESC""")
                .param(references.toArray(String[]::new))
                .query((rs, n) -> found.put(rs.getString(1), SafeWindows.decode(texts(rs.getArray(2)))))
                .list();
        found.values().removeIf(SafeWindows::isEmpty);
        return found;
    }

    private static Wishes wishes(ResultSet rs, int row) throws SQLException {
        List<String> windows = texts(rs.getArray("safe_windows"));
        Timestamp at = rs.getTimestamp("given_at");
        return new Wishes(
                new ContactWishes(
                        SafeWindows.decode(windows).windows(),
                        texts(rs.getArray("allowed_channels")),
                        (Boolean) rs.getObject("leave_message"),
                        rs.getString("note")),
                SafeWindows.decode(windows),
                rs.getString("given_by"),
                rs.getString("reason"),
                at.toInstant());
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
