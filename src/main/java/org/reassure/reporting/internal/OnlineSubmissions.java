package org.reassure.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.reporting.NewReport;
import org.reassure.reporting.Reports;

/**
 * The online journey's one-time submission tokens: a double click or a retried "Send report" finds the
 * token used and creates nothing more. Only a hash of the token is kept, for a day.
 */
@Component
public class OnlineSubmissions {

    private final ReportIntake intake;
    private final EvidenceFiles evidence;
    private final JdbcClient jdbc;
    private final Clock clock;

    OnlineSubmissions(ReportIntake intake, EvidenceFiles evidence, JdbcClient jdbc, Clock clock) {
        this.intake = intake;
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The receipt of a new report, or empty when this token has already been used. */
    @Transactional
    public Optional<Reports.Receipt> submitOnce(String token, NewReport report, String evidenceDraft, Origin origin) {
        String tokenHash = Secrets.sha256("submission:" + token);
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(tokenHash)
                .query()
                .singleRow();
        if (jdbc.sql("SELECT count(*) FROM report_submission WHERE token_hash = ?")
                        .param(tokenHash)
                        .query(Long.class)
                        .single()
                > 0) {
            return Optional.empty();
        }
        Reports.Receipt receipt = intake.submit(report, origin);
        evidence.attach(evidenceDraft, receipt.reference());
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO report_submission (token_hash, reference, created_at) VALUES (?, ?, ?)")
                .params(tokenHash, receipt.reference(), Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM report_submission WHERE created_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        return Optional.of(receipt);
    }
}
