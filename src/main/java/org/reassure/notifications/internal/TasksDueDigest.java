package org.reassure.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.care.CareRules;
import org.reassure.care.Rule;
import org.reassure.care.WorkingDays;
import org.reassure.notifications.MessageType;
import org.reassure.notifications.RecipientKind;
import org.reassure.platform.Formats;

/**
 * Once a day, each officer gets one e-mail listing their tasks about to become overdue (due within the rule
 * NOTIFY_TASKS_DUE): the case reference, the task and when it is due, never a victim's name. A recurring db-scheduler
 * task, one row every node polls and one node takes, so it runs once a day however many nodes there are; the dedupe
 * key (per officer per day) makes a second run on the same day queue nothing.
 */
@Component
public class TasksDueDigest {

    static final String TASK_NAME = "notify-tasks-due";
    private static final String RULE = MessageType.TASKS_DUE.ruleCode();

    private final JdbcClient jdbc;
    private final CareRules rules;
    private final WorkingDays workingDays;
    private final NotificationTriggers triggers;
    private final Wording wording;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PublicLinks links;

    TasksDueDigest(
            JdbcClient jdbc,
            CareRules rules,
            WorkingDays workingDays,
            NotificationTriggers triggers,
            Wording wording,
            TransactionTemplate transaction,
            Clock clock,
            PublicLinks links) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.workingDays = workingDays;
        this.triggers = triggers;
        this.wording = wording;
        this.transaction = transaction;
        this.clock = clock;
        this.links = links;
    }

    private record DueTask(String reference, String kind, Instant dueAt) {}

    /** Queues today's digests; returns how many officers were written to (withheld ones included). */
    public int queueDigests() {
        Integer written = transaction.execute(status -> queue(clock.instant()));
        return written == null ? 0 : written;
    }

    private int queue(Instant now) {
        Rule rule = rules.inForceAt(now).rules().get(RULE);
        if (rule != null && !rule.enabled()) {
            return 0;
        }
        Instant until = rule == null ? workingDays.endOfWorkingDayAfter(now, 1) : rule.dueFrom(now, workingDays);
        Map<String, List<DueTask>> byOfficer = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT assignee, case_reference, kind, due_at FROM care_open_task_v
                WHERE status = 'OPEN' AND assignee IS NOT NULL AND due_at >= ? AND due_at <= ?
                ORDER BY assignee, due_at, case_reference""")
                .params(Timestamp.from(now), Timestamp.from(until))
                .query((rs, n) -> byOfficer
                        .computeIfAbsent(rs.getString("assignee"), officer -> new ArrayList<>())
                        .add(new DueTask(
                                rs.getString("case_reference"),
                                rs.getString("kind"),
                                rs.getTimestamp("due_at").toInstant())))
                .list();
        LocalDate today = now.atZone(Formats.UK).toLocalDate();
        int written = 0;
        for (Map.Entry<String, List<DueTask>> entry : byOfficer.entrySet()) {
            Optional<NotificationTriggers.Officer> officer = triggers.officer(entry.getKey());
            if (officer.isEmpty() || !officer.get().enabled()) {
                continue;
            }
            List<String> lines = entry.getValue().stream()
                    .map(task -> wording.text(
                            "en",
                            "notifications.taskLine",
                            task.reference(),
                            wording.text("en", "taskKind." + task.kind()),
                            wording.dateTime("en", task.dueAt())))
                    .toList();
            triggers.toEmail(
                    null,
                    MessageType.TASKS_DUE,
                    RecipientKind.OFFICER,
                    entry.getKey(),
                    officer.get().email(),
                    NotificationTriggers.fields(
                            "officer_name",
                            officer.get().name(),
                            "task_count",
                            String.valueOf(lines.size()),
                            "task_list",
                            String.join("\n", lines),
                            "tasks_url",
                            links.myWork()),
                    entry.getKey() + ":" + today);
            written++;
        }
        return written;
    }

    /** The daily run, at {@code reassure.notify.digest-at} UK time (07:00 unless set). */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> tasksDueDigestTask(
                TasksDueDigest digest, @Value("${reassure.notify.digest-at:07:00}") LocalTime at) {
            return Tasks.recurring(TASK_NAME, Schedules.daily(Formats.UK, at))
                    .execute((instance, context) -> digest.queueDigests());
        }
    }
}
