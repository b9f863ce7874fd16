package org.reassure.care.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import org.reassure.care.Contact;
import org.reassure.care.ContactChannel;
import org.reassure.care.ContactOutcome;
import org.reassure.care.TaskKind;
import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.ContactLog;
import org.reassure.care.internal.FirstClocks;
import org.reassure.care.internal.RuleCodes;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.platform.DemoData;

/**
 * Care tasks and contacts for the demo cases, as the clocks would have run: most promises kept, some
 * kept late, a few overdue and escalated, and the newest cases with clocks still running. ContactLog are
 * logged by the case's officer (or the borough supervisor) through the same path as a real contact.
 */
@Component
class CareDemoData implements DemoData {

    private static final List<String> NOTES = List.of(
            "Victim is safe and has the officer's direct number.",
            "Asked for updates by text message after 5pm.",
            "Wants a referral to a local support service.",
            "Interpreter needed next time (Polish).",
            "Victim is anxious about going out; discussed a safety plan.",
            "Told the victim about the Victims' Code and the right to make a personal statement.");

    private final Cases cases;
    private final CareTasks tasks;
    private final ContactLog contacts;
    private final FirstClocks firstClocks;
    private final Clock clock;

    CareDemoData(Cases cases, CareTasks tasks, ContactLog contacts, FirstClocks firstClocks, Clock clock) {
        this.cases = cases;
        this.firstClocks = firstClocks;
        this.tasks = tasks;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        Random random = new Random(40);
        Instant now = clock.instant();
        for (CaseFacts facts : cases.allFacts()) {
            if (facts.status() == CaseStatus.REPORTED) {
                // Waiting in triage: the first clock runs from the report (those older than 24 hours go overdue).
                firstClocks.startForExisting(facts);
                continue;
            }
            tasks.start(facts, TaskKind.FIRST_CONTACT, "report", RuleCodes.FIRST_CONTACT, facts.receivedAt());
            tasks.start(facts, TaskKind.NEEDS_ASSESSMENT, "report", RuleCodes.NEEDS_ASSESSMENT, facts.receivedAt());
            tasks.start(facts, TaskKind.REFERRAL, "report", RuleCodes.REFERRAL, facts.receivedAt());
            boolean investigated = facts.status() != CaseStatus.RECORDED;
            boolean finalised = facts.status() == CaseStatus.FINALISED || facts.status() == CaseStatus.CLOSED;
            if (investigated) {
                tasks.start(facts, TaskKind.UPDATE, "report", RuleCodes.UPDATE_FIRST, facts.receivedAt());
            }
            // One case in eight is left untouched, so its clocks breach and are escalated (or are still running).
            if (random.nextInt(8) == 0) {
                continue;
            }
            String by = facts.officerUsername() == null ? "supervisor" : facts.officerUsername();
            // Most first contacts within 24 hours, some late.
            Instant first = facts.receivedAt()
                    .plus(Duration.ofHours(random.nextInt(10) == 0 ? 26 + random.nextInt(20) : 1 + random.nextInt(20)));
            if (first.isAfter(now)) {
                continue;
            }
            contact(facts, TaskKind.FIRST_CONTACT, first, by, random);
            contact(facts, TaskKind.NEEDS_ASSESSMENT, first.plus(Duration.ofMinutes(20)), by, random);
            Instant referral = first.plus(Duration.ofHours(20 + random.nextInt(30)));
            if (referral.isBefore(now)) {
                tasks.completeMatching(facts.reference(), TaskKind.REFERRAL, referral, by);
            }
            if (investigated && !finalised) {
                keepUpdating(facts, by, now, random);
            }
            if (finalised) {
                tasks.closeOpen(facts.reference(), EnumSet.of(TaskKind.UPDATE), "The case was finalised");
            }
        }
    }

    /** Each update done a little before it was due (now and then a little after) starts the next, until the next is still running. */
    private void keepUpdating(CaseFacts facts, String by, Instant now, Random random) {
        for (int i = 0; i < 10; i++) {
            CareTask next = tasks.forCaseUnchecked(facts.reference()).stream()
                    .filter(t -> t.kind() == TaskKind.UPDATE && t.status().isOpen())
                    .findFirst()
                    .orElse(null);
            if (next == null) {
                return;
            }
            Instant at = next.dueAt().minus(Duration.ofHours(random.nextInt(6) == 0 ? -30 : 24 + random.nextInt(48)));
            if (at.isAfter(now) || at.isBefore(next.startedAt())) {
                return;
            }
            contact(facts, TaskKind.UPDATE, at, by, random);
        }
    }

    private void contact(CaseFacts facts, TaskKind kind, Instant at, String by, Random random) {
        if (at.isAfter(clock.instant())) {
            return;
        }
        Instant attempt = at.minus(Duration.ofHours(2));
        if (random.nextInt(5) == 0 && attempt.isAfter(facts.receivedAt())) {
            contacts.log(
                    facts, new Contact.New(kind, ContactChannel.PHONE, ContactOutcome.NO_ANSWER, attempt, null), by);
        }
        ContactChannel channel = ContactChannel.values()[random.nextInt(ContactChannel.values().length)];
        contacts.log(
                facts,
                new Contact.New(kind, channel, ContactOutcome.MADE, at, NOTES.get(random.nextInt(NOTES.size()))),
                by);
    }
}
