package org.reassure.reporting;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the victim asked to be contacted and supported, as they said in their report: for a referral to a
 * support organisation, which shares only the items the victim consented to. No access check: callers
 * check the person's right to the case first.
 */
@Service
public class VictimPreferences {

    /** The victim's (or, reporting for themselves, the reporter's) answers; any may be null. */
    public record Preferences(
            String preferredContact,
            String safeTimes,
            String language,
            Boolean interpreterNeeded,
            String adjustments) {}

    private final JdbcClient jdbc;

    VictimPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Preferences> of(String reference) {
        return jdbc.sql("""
                SELECT p.preferred_contact, p.safe_times, p.language, p.interpreter_needed, p.adjustments
                FROM report r JOIN report_person p ON p.report_id = r.id
                WHERE r.reference = ? AND (p.role = 'VICTIM' OR r.reporter_role = 'VICTIM')
                ORDER BY p.role = 'VICTIM' DESC LIMIT 1""")
                .param(reference == null ? "" : reference.trim().toUpperCase())
                .query((rs, row) -> new Preferences(
                        rs.getString(1), rs.getString(2), rs.getString(3), (Boolean) rs.getObject(4), rs.getString(5)))
                .optional();
    }
}
