package org.reassure.trials.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseProfile;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.DemoData;
import org.reassure.platform.Formats;
import org.reassure.trials.internal.Arm;
import org.reassure.trials.internal.Enrolments;
import org.reassure.trials.internal.Trial;
import org.reassure.trials.internal.TrialPlan;
import org.reassure.trials.internal.Trials;

/**
 * One running trial in Ealing, secondary reassurance contact against usual care, registered by the demo analyst
 * 120 days ago. Every recorded demo crime in Ealing is enrolled through the real allocation; then the cases are
 * followed up ({@link DemoTrialFollowUp}) so that the results page has real numbers to show; the same seed gives the
 * same story.
 */
@Component
public class TrialsDemoData implements DemoData {

    /** The demo trial's name. */
    public static final String NAME = "Secondary reassurance contact in Ealing";

    private static final Logger log = LoggerFactory.getLogger(TrialsDemoData.class);

    private final Trials trials;
    private final Enrolments enrolments;
    private final DemoTrialCases ealing;
    private final DemoTrialFollowUp followUp;
    private final StaffAccounts accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    TrialsDemoData(
            Trials trials,
            Enrolments enrolments,
            DemoTrialCases ealing,
            DemoTrialFollowUp followUp,
            StaffAccounts accounts,
            JdbcClient jdbc,
            Clock clock) {
        this.trials = trials;
        this.enrolments = enrolments;
        this.ealing = ealing;
        this.followUp = followUp;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        long began = System.nanoTime();
        Random random = new Random(8_2026L);
        Instant now = clock.instant();
        StaffPrincipal analyst = accounts.principalOf("analyst");
        Trial trial = trials.create(analyst, plan(now.atZone(Formats.UK).toLocalDate()));
        trials.start(analyst, trial.id());
        Instant started = now.minus(Duration.ofDays(120));
        jdbc.sql("UPDATE trial SET created_at = ?, started_at = ? WHERE id = ?")
                .params(Timestamp.from(started.minus(Duration.ofDays(3))), Timestamp.from(started), trial.id())
                .update();
        Trial running = trials.get(analyst, trial.id());
        for (CaseProfile profile : ealing.recordedCrimes()) {
            Optional<Arm> arm = enrolments.enrol(running, profile);
            if (arm.isEmpty()) {
                continue;
            }
            jdbc.sql("UPDATE trial_enrolment SET enrolled_at = ? WHERE trial_id = ? AND case_reference = ?")
                    .params(Timestamp.from(profile.recordedAt()), trial.id(), profile.reference())
                    .update();
            jdbc.sql("UPDATE trial_screening SET screened_at = ? WHERE trial_id = ? AND case_reference = ?")
                    .params(Timestamp.from(profile.recordedAt()), trial.id(), profile.reference())
                    .update();
            followUp.followUp(profile, arm.get(), random, now);
        }
        log.info(
                "Demo trial: {} cases enrolled in {} ms",
                enrolments.screening(trial.id()).enrolled(),
                (System.nanoTime() - began) / 1_000_000);
    }

    /** Enrolling for 120 days either side of today, stratified by strand, hoping SRC cuts withdrawal from 31% to 24%. */
    private static TrialPlan plan(LocalDate today) {
        return new TrialPlan(
                NAME,
                "Does a secondary reassurance contact from a neighbourhood officer, in the weeks after a hate crime is "
                        + "recorded, reduce the risk that the victim withdraws support for the investigation?",
                List.of(),
                List.of("EAL"),
                List.of(),
                today.minusDays(120),
                today.plusDays(120),
                1,
                1,
                false,
                true,
                60,
                true,
                true,
                250,
                0.31,
                0.24,
                0.05);
    }
}
