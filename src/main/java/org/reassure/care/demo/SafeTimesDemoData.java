package org.reassure.care.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.reassure.care.SafeWindows;
import org.reassure.care.TaskKind;
import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.SafeContactTimes;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;
import org.reassure.platform.DemoData;
import org.reassure.reporting.ContactWishes;

/**
 * Safe contact times on a few demo cases whose clocks are still running, as their victims gave them: weekday
 * evenings with no message to be left, on a case whose next deadline falls outside them (so its task shows the first
 * safe time beside the rule's deadline); school hours; weekends. Loaded after the trials' contacts, which were
 * recorded without them. (The demo reports in triage carry theirs from the report.)
 */
@Component
class SafeTimesDemoData implements DemoData {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final Cases cases;
    private final CareTasks tasks;
    private final SafeContactTimes safeTimes;
    private final Clock clock;

    SafeTimesDemoData(Cases cases, CareTasks tasks, SafeContactTimes safeTimes, Clock clock) {
        this.cases = cases;
        this.tasks = tasks;
        this.safeTimes = safeTimes;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 61;
    }

    @Override
    public void load() {
        Instant now = clock.instant();
        List<CaseFacts> running = cases.allFacts().stream()
                .filter(facts -> nextDue(facts, now).isPresent())
                .sorted(Comparator.comparing(CaseFacts::reference))
                .limit(3)
                .toList();
        if (running.isEmpty()) {
            return;
        }
        CaseFacts evenings = running.get(0);
        Instant due = nextDue(evenings, now).orElseThrow().dueAt();
        ContactWishes.Window weekdayEvenings = window(WEEKDAYS, 18, 20);
        ContactWishes.Window outside = new SafeWindows(List.of(weekdayEvenings)).contains(due)
                ? window(EnumSet.of(DayOfWeek.SATURDAY), 10, 12)
                : weekdayEvenings;
        safeTimes.fromReport(
                evenings.reference(),
                new ContactWishes(
                        List.of(outside),
                        List.of("PHONE", "MESSAGE"),
                        false,
                        "Do not leave a message: my husband checks my phone."),
                evenings.receivedAt());
        if (running.size() > 1) {
            safeTimes.fromReport(
                    running.get(1).reference(),
                    new ContactWishes(
                            List.of(window(WEEKDAYS, 9, 15)),
                            List.of("PHONE", "IN_PERSON", "EMAIL"),
                            true,
                            "School hours, while the children are out."),
                    running.get(1).receivedAt());
        }
        if (running.size() > 2) {
            safeTimes.fromReport(
                    running.get(2).reference(),
                    new ContactWishes(
                            List.of(window(WEEKEND, 10, 16), window(EnumSet.of(DayOfWeek.WEDNESDAY), 12, 14)),
                            List.of("EMAIL", "POST"),
                            false,
                            "I work shifts; weekends are best."),
                    running.get(2).receivedAt());
        }
    }

    /** The soonest task of the case still running and due in the future, the first contact above all. */
    private Optional<CareTask> nextDue(CaseFacts facts, Instant now) {
        return tasks.forCaseUnchecked(facts.reference()).stream()
                .filter(t -> t.status().isOpen() && t.dueAt().isAfter(now))
                .min(Comparator.comparing((CareTask t) -> t.kind() != TaskKind.FIRST_CONTACT)
                        .thenComparing(CareTask::dueAt));
    }

    private static ContactWishes.Window window(Set<DayOfWeek> days, int fromHour, int toHour) {
        return new ContactWishes.Window(days, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0));
    }
}
