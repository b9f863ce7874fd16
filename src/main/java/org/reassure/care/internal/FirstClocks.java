package org.reassure.care.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.care.TaskKind;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;

/**
 * The reporter's first clock, which runs from the moment the report was received (Victims' Code: contact within 24
 * hours of reporting, not of recording): a first contact when the reporter left a way to contact them, else a first
 * reply in the report's message thread. A case has one first clock only, whichever event starts it first (the case
 * opened from the report, its recording, or the back-fill of cases that predate the clock), so there is never a second.
 */
@Component
public class FirstClocks {

    /** Serialises starting the first clock of one case, so that two events at once start one clock between them. */
    private static final String LOCK = "care-first-clock:";

    private final JdbcClient jdbc;
    private final CareTasks tasks;
    private final Cases cases;
    private final TransactionTemplate transaction;

    FirstClocks(JdbcClient jdbc, CareTasks tasks, Cases cases, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.cases = cases;
        this.transaction = transaction;
    }

    /**
     * Starts the case's first clock from when the report was received, unless it has one: a first contact when the
     * reporter can be contacted (left contact details and agreed to be contacted), else a first reply. Returns the new task's id, or empty when the case had its clock.
     */
    @Transactional
    public Optional<UUID> start(CaseFacts facts, boolean contactable) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
                .param(LOCK + facts.reference())
                .query()
                .singleRow();
        if (has(facts.reference())) {
            return Optional.empty();
        }
        return contactable
                ? tasks.start(facts, TaskKind.FIRST_CONTACT, "report", RuleCodes.FIRST_CONTACT, facts.receivedAt())
                : tasks.start(facts, TaskKind.FIRST_REPLY, "report", RuleCodes.FIRST_REPLY, facts.receivedAt());
    }

    /**
     * Starts the first clock of a case that predates it (no event said whether the reporter left contact details):
     * a first reply for an anonymous report, a first contact otherwise.
     */
    @Transactional
    public Optional<UUID> startForExisting(CaseFacts facts) {
        boolean anonymous = jdbc.sql("SELECT anonymous FROM casework_case_fact_v WHERE reference = ?")
                .param(facts.reference())
                .query(Boolean.class)
                .optional()
                .orElse(false);
        return start(facts, !anonymous);
    }

    /** Whether the case has its first clock (running, done or closed). */
    private boolean has(String reference) {
        return jdbc.sql(
                                "SELECT count(*) FROM care_task WHERE case_reference = ? AND kind IN ('FIRST_CONTACT', 'FIRST_REPLY')")
                        .param(reference)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Starts the first clock of every open case (reported, recorded, allocated or under investigation) that has none,
     * each in its own transaction; returns how many it started. Finalised and closed cases get none: their first
     * contact is long past, and an escalation now would help no one.
     */
    public int backfill() {
        int started = 0;
        for (String reference : withoutClock()) {
            Optional<UUID> id =
                    transaction.execute(status -> cases.facts(reference).flatMap(this::startForExisting));
            started += id.isPresent() ? 1 : 0;
        }
        return started;
    }

    /** Open cases (reported, recorded, allocated or under investigation) that have no first clock yet, oldest first. */
    private List<String> withoutClock() {
        return jdbc.sql("""
                SELECT f.reference FROM casework_case_fact_v f
                WHERE f.status IN ('REPORTED', 'RECORDED', 'ALLOCATED', 'UNDER_INVESTIGATION')
                  AND NOT EXISTS (SELECT 1 FROM care_task t
                                  WHERE t.case_reference = f.reference AND t.kind IN ('FIRST_CONTACT', 'FIRST_REPLY'))
                ORDER BY f.received_at""").query(String.class).list();
    }
}
