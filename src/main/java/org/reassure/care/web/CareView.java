package org.reassure.care.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.Contact;
import org.reassure.care.Contacts;
import org.reassure.care.TaskKind;
import org.reassure.care.internal.CareAccess;
import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.TaskStatus;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;
import org.reassure.platform.Message;
import org.reassure.reporting.VictimSatisfaction;

/**
 * What the pages show of victim care. The case page calls it as {@code @careView} to include its care
 * section, so case work's page needs no knowledge of care.
 */
@Component("careView")
public class CareView {

    private final CareTasks tasks;
    private final Contacts contacts;
    private final JdbcClient jdbc;
    private final Units units;
    private final Clock clock;
    private final CareAccess access;
    private final VictimSatisfaction satisfaction;

    CareView(
            CareTasks tasks,
            Contacts contacts,
            JdbcClient jdbc,
            Units units,
            Clock clock,
            CareAccess access,
            VictimSatisfaction satisfaction) {
        this.access = access;
        this.satisfaction = satisfaction;
        this.tasks = tasks;
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    /** Enhanced rights are automatic for hate crime (Victims' Code: victims of the most serious crime), so always true here. */
    public record CaseCare(boolean enhancedRights, List<CareTask> tasks, List<Contact> contacts) {

        /**
         * Why this victim is at risk of withdrawing: about a third of hate crime victims withdraw support, and the
         * Met trial found that keeping in touch (above all a secondary reassurance contact) lowers that. A case
         * whose contact has lapsed, or whose SRC was missed, says so at the top of its care section.
         */
        public List<Message> atRisk() {
            return tasks.stream()
                    .filter(task -> task.status() == TaskStatus.OVERDUE)
                    .map(task -> switch (task.kind()) {
                        case SECONDARY_REASSURANCE -> Message.of("care.field.atRisk.srcMissed");
                        case FIRST_CONTACT, FIRST_REPLY, UPDATE, DECISION_NOTICE, NEEDS_ASSESSMENT, SUPPORT_FOLLOW_UP ->
                            Message.of("care.field.atRisk.lapsed", Message.of(kindInSentence(task.kind())));
                        default -> null;
                    })
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
        }
    }

    /** The key of a task's kind inside a sentence ("first contact is overdue"). */
    static String kindInSentence(TaskKind kind) {
        return "care.field.kind." + kind.name();
    }

    public record MyWork(
            List<CareTask> reminders,
            List<CareTask> overdue,
            List<CareTask> dueToday,
            List<CareTask> comingUp,
            List<CareTask> done,
            List<Escalation> escalations) {}

    public record Escalation(
            String caseReference, TaskKind kind, Instant dueAt, String assignee, String rule, Instant raisedAt) {}

    @Transactional(readOnly = true)
    public CaseCare forCase(String reference) {
        StaffPrincipal me = CurrentStaff.require();
        return new CaseCare(true, tasks.forCase(me, reference), contacts.forCase(me, reference));
    }

    /**
     * The victim's satisfaction answers on the case page: none until the investigation has finished, then the
     * answers once given (online or in a survey call).
     */
    public record CaseSatisfaction(boolean finished, VictimSatisfaction.Answers answers) {}

    @Transactional(readOnly = true)
    public CaseSatisfaction satisfaction(String reference) {
        String ref = access.seeing(CurrentStaff.require(), reference);
        return new CaseSatisfaction(
                satisfaction.finished(ref), satisfaction.of(ref).orElse(null));
    }

    @Transactional(readOnly = true)
    public MyWork myWork(StaffPrincipal me) {
        List<CareTask> mine = tasks.assignedTo(me);
        LocalDate today = clock.instant().atZone(Formats.UK).toLocalDate();
        Instant endOfToday = today.plusDays(1).atStartOfDay(Formats.UK).toInstant();
        List<CareTask> overdue =
                mine.stream().filter(t -> t.status() == TaskStatus.OVERDUE).toList();
        List<CareTask> dueToday = mine.stream()
                .filter(t -> t.status() == TaskStatus.OPEN && t.dueAt().isBefore(endOfToday))
                .toList();
        List<CareTask> comingUp = mine.stream()
                .filter(t -> t.status() == TaskStatus.OPEN && !t.dueAt().isBefore(endOfToday))
                .toList();
        List<CareTask> done =
                mine.stream().filter(t -> t.status() == TaskStatus.DONE).toList();
        Set<UUID> reminded = new HashSet<>(
                jdbc.sql("""
                SELECT a.task_id FROM care_alert a JOIN care_task t ON t.id = a.task_id
                WHERE a.kind = 'REMINDER' AND a.recipient = ? AND t.status = 'OPEN'""").param(me.getUsername()).query(UUID.class).list());
        List<CareTask> reminders =
                mine.stream().filter(t -> reminded.contains(t.id())).toList();
        return new MyWork(
                reminders,
                overdue,
                dueToday,
                comingUp,
                done,
                me.hasRole(Role.SUPERVISOR) ? escalations(me) : List.of());
    }

    /** Tasks breached in the supervisor's units that are still not done. */
    private List<Escalation> escalations(StaffPrincipal me) {
        return jdbc.sql("""
                SELECT t.case_reference, t.kind, t.due_at, t.assignee, t.rule_code, a.raised_at
                FROM care_alert a JOIN care_task t ON t.id = a.task_id
                WHERE a.kind = 'ESCALATION' AND a.unit_id = ANY(?) AND t.status = 'OVERDUE'
                ORDER BY t.due_at LIMIT 200""")
                .param(units.visibleTo(me).toArray(Long[]::new))
                .query((rs, n) -> new Escalation(
                        rs.getString("case_reference"),
                        TaskKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("due_at").toInstant(),
                        rs.getString("assignee"),
                        rs.getString("rule_code"),
                        rs.getTimestamp("raised_at").toInstant()))
                .list();
    }
}
