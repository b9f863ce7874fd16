package org.reassure.care.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import org.reassure.care.CareImport;
import org.reassure.care.Contact;
import org.reassure.platform.CopyRows;

/**
 * Victim care's bulk import (see {@link CareImport}): tasks and contacts with PostgreSQL's COPY, and the open tasks'
 * clocks in one batch through db-scheduler's client, whose table belongs to the platform; all in the caller's
 * transaction.
 */
@Component
class CopyCareImport implements CareImport {

    private final DataSource dataSource;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> clock;

    CopyCareImport(
            DataSource dataSource,
            SchedulerClient scheduler,
            @Qualifier("careClockTask") OneTimeTask<Void> careClockTask) {
        this.dataSource = dataSource;
        this.scheduler = scheduler;
        this.clock = careClockTask;
    }

    @Override
    public Batch batch() {
        return new Rows(CopyRows.database(dataSource), clock, scheduler::scheduleBatch);
    }

    /** One buffer a table, and the clocks to set; {@link #write()} writes them in that order. */
    static final class Rows implements Batch {

        private final CopyRows tasks = new CopyRows(
                "care_task",
                "id, case_reference, kind, trigger_key, unit_id, assignee, rule_set_id, rule_code, started_at, due_at,"
                        + " status, completed_at, completed_by, closed_reason, created_at");
        private final CopyRows contacts = new CopyRows(
                "care_contact",
                "id, case_reference, kind, channel, outcome, at, note, recorded_by, recorded_at, completed_task");
        private final List<SchedulableInstance<?>> clocks = new ArrayList<>();

        private final CopyRows.Sink sink;
        private final OneTimeTask<Void> clock;
        private final Consumer<List<SchedulableInstance<?>>> scheduler;

        Rows(CopyRows.Sink sink, OneTimeTask<Void> clock, Consumer<List<SchedulableInstance<?>>> scheduler) {
            this.sink = sink;
            this.clock = clock;
            this.scheduler = scheduler;
        }

        @Override
        public void add(Row row) {
            if (row instanceof Task t) {
                tasks.uuid(t.id())
                        .text(t.caseReference())
                        .text(t.kind())
                        .text(t.triggerKey())
                        .num(t.unitId())
                        .text(t.assignee())
                        .num(t.ruleSetId())
                        .text(t.ruleCode())
                        .ts(t.startedAt())
                        .ts(t.dueAt())
                        .text(t.status())
                        .ts(t.completedAt())
                        .text(t.completedBy())
                        .text(t.closedReason())
                        .ts(t.createdAt())
                        .end();
                // Named as the care clocks name their instances: the task's id and the alarm.
                if (t.reminderAt() != null) {
                    clocks.add(SchedulableInstance.of(clock.instance(t.id() + "/reminder"), t.reminderAt()));
                }
                if (t.breachAt() != null) {
                    clocks.add(SchedulableInstance.of(clock.instance(t.id() + "/breach"), t.breachAt()));
                }
            } else if (row instanceof Contact c) {
                contacts.uuid(c.id())
                        .text(c.caseReference())
                        .text(c.kind())
                        .text(c.channel())
                        .text(c.outcome())
                        .ts(c.at())
                        .text(c.note())
                        .text(c.recordedBy())
                        .ts(c.recordedAt())
                        .uuid(c.completedTask())
                        .end();
            }
        }

        @Override
        public List<CopyRows.Copied> write() {
            List<CopyRows.Copied> written = new ArrayList<>();
            try {
                if (tasks.pending() > 0) {
                    written.add(tasks.copyTo(sink));
                }
                if (contacts.pending() > 0) {
                    written.add(contacts.copyTo(sink));
                }
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            if (!clocks.isEmpty()) {
                long started = System.nanoTime();
                scheduler.accept(List.copyOf(clocks));
                written.add(new CopyRows.Copied(
                        "db-scheduler care clocks", clocks.size(), (System.nanoTime() - started) / 1_000_000));
                clocks.clear();
            }
            return written;
        }
    }
}
