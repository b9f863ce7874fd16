package org.reassure.care.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.Contact;
import org.reassure.care.Contacts;
import org.reassure.care.SafeWindows;
import org.reassure.care.TaskKind;
import org.reassure.care.internal.CareAccess;
import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.SafeContactTimes;
import org.reassure.care.internal.TaskStatus;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;
import org.reassure.platform.Message;
import org.reassure.reporting.ContactWishes;
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
    private final SafeContactTimes safeContactTimes;

    CareView(
            CareTasks tasks,
            Contacts contacts,
            JdbcClient jdbc,
            Units units,
            Clock clock,
            CareAccess access,
            VictimSatisfaction satisfaction,
            SafeContactTimes safeContactTimes) {
        this.safeContactTimes = safeContactTimes;
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

    /** A window in words: its days, and its start and end ("6:00pm"), in the language of the page. */
    public record WindowText(String days, String from, String to) {}

    /** The next safe window in words: its day ("Tuesday 8 December") and times. */
    public record NextWindow(String day, String from, String to, boolean now) {}

    /**
     * What the case page shows of the victim's contact wishes: the safe windows, the next one, the channels allowed,
     * whether a message may be left and the note; who gave them ({@code null}: the report) and when; whether the victim
     * agrees to be contacted ({@code null}: as in the report) and since when.
     */
    public record SafeTimes(
            List<WindowText> windows,
            NextWindow next,
            List<String> allowedChannels,
            Boolean leaveMessage,
            String note,
            String givenBy,
            String reason,
            Instant givenAt,
            Boolean contactConsent,
            Instant consentSince) {

        /** The UK day since when the victim's answer stands, or null. */
        public LocalDate consentDay() {
            return consentSince == null ? null : consentSince.atZone(Formats.UK).toLocalDate();
        }
    }

    /** The victim's contact wishes on a case, or null when there are none. */
    @Transactional(readOnly = true)
    public SafeTimes safeTimes(String reference) {
        String ref = access.seeing(CurrentStaff.require(), reference);
        return safeContactTimes
                .current(ref)
                .map(w -> new SafeTimes(
                        w.wishes().safeWindows().stream().map(CareView::inWords).toList(),
                        next(w.windows(), clock.instant()),
                        w.wishes().allowedChannels(),
                        w.wishes().leaveMessage(),
                        w.wishes().note(),
                        w.givenBy(),
                        w.reason(),
                        w.givenAt(),
                        w.contactConsent(),
                        w.consentSince()))
                .orElse(null);
    }

    /**
     * A task's clock beside the victim's safe times: when the task is due outside every window, the first safe time
     * after it ({@code firstSafeAt}, else null), and the next window from now. Null for a task that is not running or
     * a case without safe times. The clock itself still runs to the rule's due time.
     */
    public record TaskSafety(Instant firstSafeAt, NextWindow next) {}

    @Transactional(readOnly = true)
    public TaskSafety safety(CareTask task) {
        if (!task.status().isOpen()) {
            return null;
        }
        SafeWindows windows = safeContactTimes.windows(task.caseReference());
        if (windows.isEmpty()) {
            return null;
        }
        return new TaskSafety(windows.firstSafeAt(task.dueAt()), next(windows, clock.instant()));
    }

    private static NextWindow next(SafeWindows windows, Instant now) {
        return windows.nextWindowFrom(now)
                .map(o -> new NextWindow(
                        DAY.withLocale(LocaleContextHolder.getLocale()).format(o.start()),
                        time(o.start().toLocalTime()),
                        time(o.end().toLocalTime()),
                        o.contains(now)))
                .orElse(null);
    }

    private static WindowText inWords(ContactWishes.Window window) {
        Locale locale = LocaleContextHolder.getLocale();
        return new WindowText(
                window.days().stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                        .collect(Collectors.joining(", ")),
                time(window.from()),
                time(window.to()));
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private static String time(LocalTime time) {
        return TIME.format(time).replace("AM", "am").replace("PM", "pm");
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
