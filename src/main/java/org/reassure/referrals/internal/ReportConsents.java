package org.reassure.referrals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.reassure.reporting.ReportSubmitted;

/** A report whose sender ticked "the police may pass my details to a support organisation" is consent, given then. */
@Component
class ReportConsents {

    /** The words of the report's consent box (report.consent.referral), as the victim saw them. */
    static final String REPORT_WORDS = "The police may pass my details to a support organisation";

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportConsents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted report) {
        if (!report.consentToReferral() || report.anonymous()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO referral_consent (id, case_reference, organisation_id, purpose, items, words, channel, given_by, given_at,
                                              recorded_by, recorded_at)
                VALUES (?, ?, NULL, 'SUPPORT', ?, ?, 'REPORT', ?, ?, 'reassure', ?) ON CONFLICT DO NOTHING""")
                .params(
                        UUID.randomUUID(),
                        report.reference(),
                        ItemCodes.of(SharedItem.REPORT_CONSENT),
                        REPORT_WORDS,
                        "VICTIM".equals(report.perceivedBy()) ? "VICTIM" : "REPRESENTATIVE",
                        Timestamp.from(report.receivedAt()),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
