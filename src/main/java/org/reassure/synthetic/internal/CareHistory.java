package org.reassure.synthetic.internal;

import java.time.Instant;
import java.util.UUID;

import org.reassure.care.CareImport;
import org.reassure.care.RuleSet;

import static org.reassure.synthetic.internal.Draws.HOUR;
import static org.reassure.synthetic.internal.Draws.NONE;

/**
 * A victim's care as the Victims' Code clocks would have run it: first contact, needs assessment and the offer of a
 * referral, updates at every step until the case ends or the victim withdraws, a secondary reassurance contact in the
 * SRC arm, and notice of each key decision and of the outcome. A task done has the contact that did it; a task still
 * open has its clocks running.
 */
final class CareHistory {

    /** What care needs to know of one case. */
    record Case(
            String reference,
            Timeline timeline,
            boolean anonymous,
            long unitId,
            String assignee,
            String by,
            boolean withdrew,
            boolean ended,
            long decided,
            String decisionType) {}

    private final Draws draws;
    private final RuleClock clock;
    private final Handover handover;
    private final long asOf;

    CareHistory(Draws draws, RuleClock clock, Handover handover, long asOf) {
        this.draws = draws;
        this.clock = clock;
        this.handover = handover;
        this.asOf = asOf;
    }

    void add(Case c) {
        Timeline t = c.timeline();
        Tasks care = new Tasks(c.reference(), c.unitId(), c.assignee(), c.by(), t.recordedAt());
        long received = t.received();
        if (c.anonymous()) {
            String reason = "Anonymous report: there is no way to contact the victim";
            for (String kind : new String[] {"FIRST_CONTACT", "NEEDS_ASSESSMENT", "REFERRAL"}) {
                care.task(kind, "report", "VICTIMS_CODE_" + kind, received, NONE, null, t.recordedAt(), reason);
            }
            return;
        }
        long closes = c.ended() ? t.endedAt() : NONE;
        String closedWhy = t.incident() ? "The incident was closed" : "The case was finalised";
        long first = received
                + Math.max(600L, (long) (Calibration.FIRST_CONTACT_MEDIAN_HOURS
                        * HOUR
                        * Math.exp(Calibration.FIRST_CONTACT_SIGMA * draws.gaussian())));
        care.task(
                "FIRST_CONTACT",
                "report",
                "VICTIMS_CODE_FIRST_CONTACT",
                received,
                first,
                "FIRST_CONTACT",
                closes,
                closedWhy);
        care.task(
                "NEEDS_ASSESSMENT",
                "report",
                "VICTIMS_CODE_NEEDS_ASSESSMENT",
                received,
                first + 1200,
                "NEEDS_ASSESSMENT",
                closes,
                closedWhy);
        if (draws.chance(0.55)) {
            care.task(
                    "REFERRAL",
                    "report",
                    "VICTIMS_CODE_REFERRAL",
                    received,
                    first + draws.hours(2, 40),
                    null,
                    closes,
                    closedWhy);
        } else {
            care.task(
                    "REFERRAL",
                    "report",
                    "VICTIMS_CODE_REFERRAL",
                    received,
                    NONE,
                    null,
                    first,
                    "The victim did not want a referral to a support service");
        }
        if (t.incident()) {
            return;
        }
        updates(care, t, c.withdrew());
        if ("TREATMENT".equals(t.arm())) {
            long contact = t.randomisedAt() + draws.hours(1, 48);
            care.task(
                    "SECONDARY_REASSURANCE",
                    "src",
                    "VICTIMS_CODE_SRC_CLOSES",
                    received,
                    contact,
                    "SECONDARY_REASSURANCE",
                    NONE,
                    null);
        }
        if (c.decided() != NONE) {
            notice(care, c.decisionType() + "@" + Instant.ofEpochSecond(c.decided()), c.decided(), 20);
        }
        if (c.ended()) {
            notice(care, "outcome@" + Instant.ofEpochSecond(t.endedAt()), t.endedAt(), 30);
        }
    }

    /** Updates on the Victims' Code clock, each starting when the last was given, until the victim is out of touch. */
    private void updates(Tasks care, Timeline t, boolean withdrew) {
        String stopWhy = withdrew ? "The victim withdrew support for the investigation" : "The case was finalised";
        long stop = t.stop();
        String trigger = "report";
        String rule = "VICTIMS_CODE_UPDATE_FIRST";
        long start = t.received();
        for (int i = 0; i < 40; i++) {
            long due = clock.due(rule, start);
            long done = draws.chance(0.12) ? due + draws.hours(2, 30) : due - draws.hours(24, 72);
            done = Math.max(done, start + HOUR);
            if (done >= stop) {
                care.task("UPDATE", trigger, rule, start, NONE, null, stop, stopWhy);
                break;
            }
            UUID taskId = care.task("UPDATE", trigger, rule, start, done, "UPDATE", NONE, null);
            if (done > asOf) {
                break;
            }
            trigger = "after:" + taskId;
            rule = "VICTIMS_CODE_UPDATE_REGULAR";
            start = done;
        }
    }

    /** The victim told of a decision or the outcome, within {@code withinHours} (at least one). */
    private void notice(Tasks care, String trigger, long at, int withinHours) {
        care.task(
                "DECISION_NOTICE",
                trigger,
                "VICTIMS_CODE_DECISION_ENHANCED",
                at,
                at + draws.hours(1, withinHours),
                "DECISION_NOTICE",
                NONE,
                null);
    }

    /** The care tasks of one case. */
    private final class Tasks {
        private final String reference;
        private final long unitId;
        private final String assignee;
        private final String by;
        private final long createdAt;

        Tasks(String reference, long unitId, String assignee, String by, long createdAt) {
            this.reference = reference;
            this.unitId = unitId;
            this.assignee = assignee;
            this.by = by;
            this.createdAt = createdAt;
        }

        /**
         * One task: done at {@code doneAt} (with a contact of {@code contactKind}) if that has happened, else closed at
         * {@code closeAt} if that has, else still open with its clocks running.
         */
        UUID task(
                String kind,
                String trigger,
                String ruleCode,
                long start,
                long doneAt,
                String contactKind,
                long closeAt,
                String closeReason) {
            UUID id = draws.uuid();
            RuleSet set = clock.ruleSet(start);
            long due = clock.due(set.rule(ruleCode), start);
            boolean done = doneAt != NONE && doneAt <= asOf && (closeAt == NONE || doneAt <= closeAt);
            boolean closed = !done && closeAt != NONE && closeAt <= asOf;
            boolean open = !done && !closed;
            handover.add(new CareImport.Task(
                    id,
                    reference,
                    kind,
                    trigger,
                    unitId,
                    assignee,
                    set.id(),
                    ruleCode,
                    Draws.at(start),
                    Draws.at(due),
                    done ? "DONE" : closed ? "CLOSED" : "OPEN",
                    Draws.at(done ? doneAt : NONE),
                    done ? by : null,
                    closed ? closeReason : null,
                    Draws.at(Math.max(start, createdAt)),
                    // A clock set less than the reminder time before it is due reminds at once.
                    open && due > asOf ? Draws.at(Math.max(due - Calibration.REMINDER_BEFORE_SECONDS, asOf)) : null,
                    open ? Draws.at(due) : null));
            if (done && contactKind != null) {
                if (draws.chance(0.2) && doneAt - 2 * HOUR > start) {
                    contact(contactKind, "PHONE", "NO_ANSWER", doneAt - 2 * HOUR, null);
                }
                contact(
                        contactKind,
                        Calibration.CONTACT_CHANNELS[draws.pick(Calibration.CONTACT_CHANNEL_SHARE)],
                        "MADE",
                        doneAt,
                        id);
            }
            return id;
        }

        private void contact(String kind, String channel, String outcome, long at, UUID task) {
            handover.add(new CareImport.Contact(
                    draws.uuid(),
                    reference,
                    kind,
                    channel,
                    outcome,
                    Draws.at(at),
                    draws.below(3) == 0 ? Wording.NOTES[draws.below(Wording.NOTES.length)] : null,
                    by,
                    Draws.at(at),
                    task));
        }
    }
}
