package org.reassure.casework.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseStatus;
import org.reassure.casework.internal.CaseHistory;

/** What a demo case has been through by the stage it reached: its history, recording, key decisions and outcome. */
@Component
class DemoCaseStages {

    private final JdbcClient jdbc;
    private final CaseHistory history;
    private final Clock clock;

    DemoCaseStages(JdbcClient jdbc, CaseHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    void writeHistory(UUID id, Instant received, CaseStatus reached, String team, Integer outcome, Instant now) {
        List<Object[]> steps = new ArrayList<>();
        steps.add(new Object[] {received, "reassure", null, CaseStatus.REPORTED, "Report received", null});
        Instant at = received;
        CaseStatus previous = CaseStatus.REPORTED;
        for (CaseStatus next : CaseStatus.values()) {
            if (next.ordinal() <= CaseStatus.REPORTED.ordinal() || next.ordinal() > reached.ordinal()) {
                continue;
            }
            Instant step = at.plus(
                    Duration.ofHours(next == CaseStatus.RECORDED ? 20 : next == CaseStatus.ALLOCATED ? 30 : 24 * 6));
            // Never in the future: a recent case moved through its stages faster.
            at = step.isBefore(now) ? step : at.plus(Duration.between(at, now).dividedBy(2));
            String what = switch (next) {
                case RECORDED -> "Recorded as a crime with hate flags";
                case ALLOCATED -> "Allocated to " + team;
                case UNDER_INVESTIGATION -> "Investigation started";
                case FINALISED -> "Finalised with Home Office outcome " + outcome;
                case CLOSED -> "Closed";
                default -> next.name();
            };
            String actor = next == CaseStatus.RECORDED || next == CaseStatus.ALLOCATED ? "supervisor" : "investigator";
            steps.add(new Object[] {at, actor, previous, next, what, null});
            previous = next;
        }
        for (Object[] step : steps) {
            history.write(
                    id,
                    (Instant) step[0],
                    (String) step[1],
                    (CaseStatus) step[2],
                    (CaseStatus) step[3],
                    (String) step[4],
                    null);
        }
    }

    /** Recording decisions, key decisions and withdrawals that match how far each case has gone. */
    void record(Random random, UUID id, DemoStories.Story story, CaseStatus status, Instant received, Integer outcome) {
        if (status == CaseStatus.REPORTED) {
            return;
        }
        boolean pending = status == CaseStatus.RECORDED;
        jdbc.sql("""
                UPDATE hate_case SET classification = 'CRIME', offence_code = ?, recording_reason = ?, recorded_by = 'supervisor',
                       recorded_at = ?, review_status = ?, reviewed_by = ?, reviewed_at = ?
                WHERE id = ?""")
                .params(
                        story.offence(),
                        "The victim perceived hostility and the account discloses the offence.",
                        Timestamp.from(received.plus(Duration.ofHours(2))),
                        pending ? "PENDING" : "APPROVED",
                        pending ? null : "supervisor",
                        pending ? null : Timestamp.from(received.plus(Duration.ofHours(6))),
                        id)
                .update();
        if (story.online()) {
            jdbc.sql("INSERT INTO case_flag (case_id, flag) VALUES (?, 'ONLINE')")
                    .param(id)
                    .update();
        }
        if (status == CaseStatus.UNDER_INVESTIGATION || status.ordinal() >= CaseStatus.FINALISED.ordinal()) {
            Instant decided = received.plus(Duration.ofDays(2 + random.nextInt(5)));
            if (decided.isBefore(clock.instant())) {
                jdbc.sql(
                                "INSERT INTO case_decision (case_id, type, decided_at, recorded_by) VALUES (?, ?, ?, 'investigator')")
                        .params(
                                id,
                                DemoStories.oneOf(random, "ARREST", "INTERVIEW", "RELEASED_UNDER_INVESTIGATION"),
                                Timestamp.from(decided))
                        .update();
            }
        }
        if (outcome != null && (outcome == 14 || outcome == 16)) {
            jdbc.sql("UPDATE hate_case SET withdrawn_at = ?, withdrawal_reason = ? WHERE id = ?")
                    .params(
                            Timestamp.from(received.plus(Duration.ofDays(9))),
                            DemoStories.oneOf(
                                    random,
                                    "Worried about reprisals from neighbours",
                                    "Wants to move on and put it behind them",
                                    "Does not think anything will happen"),
                            id)
                    .update();
        }
    }

    /** About a third of finalised hate crimes lose the victim's support (outcomes 14 and 16); about 7% are charged. */
    static int outcomeFor(Random random) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return 1;
        }
        if (roll < 14) {
            return 8;
        }
        if (roll < 30) {
            return 14;
        }
        if (roll < 46) {
            return 16;
        }
        if (roll < 62) {
            return 15;
        }
        return 18;
    }
}
