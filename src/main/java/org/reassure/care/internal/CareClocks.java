package org.reassure.care.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.platform.ScheduledClocks;

/**
 * The durable clocks behind care tasks, on db-scheduler: each task has a reminder clock before its due
 * time and a breach clock at it, as db-scheduler rows in the platform's table. Every node polls the table and
 * locks the rows it takes ({@code SELECT ... FOR UPDATE SKIP LOCKED}), so a clock is fired by one node
 * only, and a clock survives any restart because it is a row, not a timer in memory.
 */
@Configuration(proxyBeanMethods = false)
class CareClocks {

    static final String TASK_NAME = "care-clock";

    enum Alarm {
        REMINDER,
        BREACH
    }

    @Bean
    OneTimeTask<Void> careClockTask(ClockFiring firing) {
        return Tasks.oneTime(TASK_NAME)
                .execute((instance, context) -> firing.fire(instance.getId(), context.getExecution().pickedBy));
    }

    /** Names this node in {@code picked_by}: REASSURE_NODE_NAME, or the host and process id. */
    @Bean
    DbSchedulerCustomizer careSchedulerName(@Value("${reassure.node-name:}") String configured) {
        String name = configured.isBlank()
                ? host() + "-" + ManagementFactory.getRuntimeMXBean().getPid()
                : configured.strip();
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<SchedulerName> schedulerName() {
                return Optional.of(new SchedulerName.Fixed(name));
            }
        };
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "reassure";
        }
    }

    /** Sets and cancels a task's clocks, in the caller's transaction. */
    @Component
    static class Setter {

        private final SchedulerClient scheduler;
        private final ScheduledClocks scheduled;
        private final Clock clock;
        private final Duration reminderBefore;
        private final OneTimeTask<Void> task;

        Setter(
                SchedulerClient scheduler,
                ScheduledClocks scheduled,
                Clock clock,
                OneTimeTask<Void> careClockTask,
                @Value("${reassure.care.reminder-before:PT4H}") Duration reminderBefore) {
            this.scheduler = scheduler;
            this.scheduled = scheduled;
            this.clock = clock;
            this.task = careClockTask;
            this.reminderBefore = reminderBefore;
        }

        void set(UUID taskId, Instant dueAt) {
            // A clock set less than the reminder time before it is due reminds at once.
            Instant now = clock.instant();
            if (dueAt.isAfter(now)) {
                Instant reminder = dueAt.minus(reminderBefore);
                scheduler.scheduleIfNotExists(
                        task.instance(instanceId(taskId, Alarm.REMINDER)), reminder.isAfter(now) ? reminder : now);
            }
            scheduler.scheduleIfNotExists(task.instance(instanceId(taskId, Alarm.BREACH)), dueAt);
        }

        /** Removes clocks not yet taken by a node; one already taken finds the task done and does nothing. */
        void cancel(UUID taskId) {
            scheduled.cancelWaiting(
                    TASK_NAME, List.of(instanceId(taskId, Alarm.REMINDER), instanceId(taskId, Alarm.BREACH)));
        }

        static String instanceId(UUID taskId, Alarm alarm) {
            return taskId + "/" + alarm.name().toLowerCase();
        }
    }

    /** What a clock does when it fires: one transaction, and nothing if the task was done in the meantime. */
    @Component
    static class ClockFiring {

        private final JdbcClient jdbc;
        private final TransactionTemplate transaction;
        private final Clock clock;

        ClockFiring(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
            this.jdbc = jdbc;
            this.transaction = transaction;
            this.clock = clock;
        }

        void fire(String instanceId, String node) {
            int slash = instanceId.indexOf('/');
            UUID taskId = UUID.fromString(instanceId.substring(0, slash));
            Alarm alarm = Alarm.valueOf(instanceId.substring(slash + 1).toUpperCase());
            transaction.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO care_clock_firing (instance, node) VALUES (?, ?)")
                        .params(instanceId, node)
                        .update();
                if (alarm == Alarm.BREACH) {
                    // At breach the task becomes overdue and the unit's supervisors see it escalated.
                    jdbc.sql("""
                            WITH breached AS (UPDATE care_task SET status = 'OVERDUE' WHERE id = ? AND status = 'OPEN'
                                              RETURNING id, unit_id, assignee)
                            INSERT INTO care_alert (task_id, kind, unit_id, recipient, raised_at)
                            SELECT id, 'ESCALATION', unit_id, NULL, ? FROM breached ON CONFLICT (task_id, kind) DO NOTHING""")
                            .params(taskId, Timestamp.from(clock.instant()))
                            .update();
                } else {
                    jdbc.sql("""
                            INSERT INTO care_alert (task_id, kind, unit_id, recipient, raised_at)
                            SELECT id, 'REMINDER', unit_id, assignee, ? FROM care_task WHERE id = ? AND status = 'OPEN'
                            ON CONFLICT (task_id, kind) DO NOTHING""")
                            .params(Timestamp.from(clock.instant()), taskId)
                            .update();
                }
            });
        }
    }
}
