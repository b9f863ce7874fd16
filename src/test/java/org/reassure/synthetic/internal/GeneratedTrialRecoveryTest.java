package org.reassure.synthetic.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.testing.ReassureTest;
import org.reassure.trials.internal.statistics.Observation;
import org.reassure.trials.internal.statistics.TrialAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's known-truth check: cases generated with a chosen SRC effect (a 30% lower withdrawal hazard from
 * randomisation in the treatment arm) are analysed with the trials statistics, intention to treat, exactly as
 * {@code trial analyse} would analyse them, and the analysis recovers the effect inside its confidence interval.
 * The generation is rolled back, so the shared database keeps only the demo data set.
 */
@ReassureTest
class GeneratedTrialRecoveryTest {

    private static final double SRC_EFFECT = 0.3;

    @Autowired
    SyntheticData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_trial_on_generated_cases_recovers_the_src_effect_that_was_put_in() {
        Settings settings = new Settings(
                12_000, 8, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1), SRC_EFFECT, List.of(), null);
        TrialAnalysis analysis = transaction.execute(status -> {
            status.setRollbackOnly();
            long run = data.generate(settings, "test", done -> {}).runId();
            // time from randomisation to withdrawal, censored at the outcome or today; the arm as allocated
            return TrialAnalysis.of(jdbc.sql("""
                    SELECT extract(epoch FROM coalesce(c.withdrawn_at, c.finalised_at, now()) - s.randomised_at) / 86400 AS time,
                           c.withdrawn_at IS NOT NULL AS event, s.src_arm = 'TREATMENT' AS treatment
                    FROM synthetic_case s JOIN hate_case c ON c.id = s.case_id
                    WHERE s.run_id = ? AND s.src_arm IS NOT NULL""")
                    .param(run)
                    .query((rs, n) -> new Observation(
                            Math.max(0, rs.getDouble("time")), rs.getBoolean("event"), rs.getBoolean("treatment")))
                    .list());
        });

        double truth = 1 - SRC_EFFECT;
        assertThat(analysis.risks().controlCases() + analysis.risks().treatmentCases())
                .as("cases analysed")
                .isGreaterThan(3_000);
        assertThat(analysis.cox().lower())
                .as("lower 95% limit of the hazard ratio")
                .isLessThan(truth);
        assertThat(analysis.cox().upper())
                .as("upper 95% limit of the hazard ratio")
                .isGreaterThan(truth)
                .isLessThan(1.0);
        assertThat(analysis.risks().treatmentLowersRisk())
                .as("withdrawal is less likely with SRC")
                .isTrue();
        assertThat(analysis.logRank().p()).as("log-rank p").isLessThan(0.05);
    }
}
