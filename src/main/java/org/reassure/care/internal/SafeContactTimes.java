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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.ContactConsentChanged;
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

    /**
     * The wishes in force on a case, who gave them ({@code null}: the report) and when; whether the victim agrees to be
     * contacted ({@code null}: as in the report; false: they withdrew it) and since when ({@code consentSince}, the
     * version that recorded it, null while it is as in the report).
     */
    public record Wishes(
            ContactWishes wishes,
            SafeWindows windows,
            String givenBy,
            String reason,
            Instant givenAt,
            Boolean contactConsent,
            Instant consentSince) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SafeContactTimes(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
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
        store(reference, wishes, null, null, receivedAt, consentNow(reference));
    }

    /**
     * Staff record what the victim now wishes, with the reason (the victim asked, a change at home...); whether they
     * agree to be contacted stays as it was. Checked by the caller.
     */
    @Transactional
    public Wishes change(String reference, ContactWishes wishes, String by, String reason) {
        return change(reference, wishes, by, reason, consentNow(reference));
    }

    /**
     * The same, also recording whether the victim agrees to be contacted ({@code null}: as before). A change of it
     * publishes {@link ContactConsentChanged} in this transaction, so that notifications stop at once.
     */
    @Transactional
    public Wishes change(String reference, ContactWishes wishes, String by, String reason, Boolean contactConsent) {
        Boolean before = consentNow(reference);
        Boolean after = contactConsent == null ? before : contactConsent;
        Instant at = clock.instant();
        store(reference, wishes, by, reason, at, after);
        if (after != null && !after.equals(before)) {
            events.publishEvent(new ContactConsentChanged(reference, after, by, at));
        }
        return current(reference).orElseThrow();
    }

    /** Whether the victim agrees to be contacted, as last recorded on the case ({@code null}: as in the report). */
    private Boolean consentNow(String reference) {
        return jdbc.sql(
                        "SELECT contact_consent FROM care_contact_wishes WHERE case_reference = ? ORDER BY id DESC LIMIT 1")
                .param(reference)
                .query((rs, n) -> (Boolean) rs.getObject(1))
                .optional()
                .orElse(null);
    }

    private void store(String reference, ContactWishes wishes, String by, String reason, Instant at, Boolean consent) {
        jdbc.sql("""
                INSERT INTO care_contact_wishes (case_reference, safe_windows, allowed_channels, leave_message, note, given_by, reason, given_at,
                                                 contact_consent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        reference,
                        wishes.safeWindows().stream().map(SafeWindows::encode).toArray(String[]::new),
                        wishes.allowedChannels().toArray(String[]::new),
                        wishes.leaveMessage(),
                        wishes.note(),
                        by,
                        reason,
                        Timestamp.from(at),
                        consent)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Wishes> current(String reference) {
        return jdbc.sql("SELECT w.*, " + CONSENT_SINCE
                        + " FROM care_contact_wishes w WHERE w.case_reference = ? ORDER BY w.id DESC LIMIT 1")
                .param(reference.trim().toUpperCase())
                .query(SafeContactTimes::wishes)
                .optional();
    }

    /** Every version on the case, newest first (the report's last). */
    @Transactional(readOnly = true)
    public List<Wishes> history(String reference) {
        return jdbc.sql("SELECT w.*, " + CONSENT_SINCE
                        + " FROM care_contact_wishes w WHERE w.case_reference = ? ORDER BY w.id DESC")
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

    /**
     * When the victim's answer in a version was first recorded: the first version after the last one that said
     * otherwise (null while it is as in the report).
     */
    private static final String CONSENT_SINCE = """
            CASE WHEN w.contact_consent IS NULL THEN NULL ELSE (
                SELECT min(s.given_at) FROM care_contact_wishes s WHERE s.case_reference = w.case_reference AND s.id <= w.id
                   AND s.id > coalesce((SELECT max(o.id) FROM care_contact_wishes o WHERE o.case_reference = w.case_reference
                                          AND o.id < w.id AND o.contact_consent IS DISTINCT FROM w.contact_consent), 0))
            END AS consent_since""";

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
                at.toInstant(),
                (Boolean) rs.getObject("contact_consent"),
                rs.getTimestamp("consent_since") == null
                        ? null
                        : rs.getTimestamp("consent_since").toInstant());
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
