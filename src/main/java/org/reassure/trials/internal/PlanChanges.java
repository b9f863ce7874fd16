package org.reassure.trials.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.platform.Message;

/**
 * The record of changes to a locked plan, with their reasons, kept with the trial and shown with its results. Each
 * change is stored as lines of field, value before and value after, so that it reads in the reader's language; a
 * line stored in words by an earlier version is shown as it was written.
 */
@Component
class PlanChanges {

    /** One field that changed: its name in the plan and its values before and after, as the plan shows them. */
    record Line(String field, String before, String after) {}

    private static final String STOPPED = "trials.change.stopped";
    private static final String SEPARATOR = "\t";

    private final JdbcClient jdbc;

    PlanChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void changed(long trialId, Instant at, String by, List<Line> lines, String reason) {
        String what = lines.stream()
                .map(line -> line.field() + SEPARATOR + flat(line.before()) + SEPARATOR + flat(line.after()))
                .collect(Collectors.joining("\n"));
        insert(trialId, at, by, what, reason);
    }

    void stopped(long trialId, Instant at, String by, String reason) {
        insert(trialId, at, by, STOPPED, reason);
    }

    List<PlanChange> of(long trialId) {
        return jdbc.sql(
                        "SELECT changed_at, changed_by, what, reason FROM trial_plan_change WHERE trial_id = ? ORDER BY changed_at, id")
                .param(trialId)
                .query((rs, row) -> new PlanChange(
                        rs.getTimestamp(1).toInstant(), rs.getString(2), lines(rs.getString(3)), rs.getString(4)))
                .list();
    }

    private void insert(long trialId, Instant at, String by, String what, String reason) {
        jdbc.sql(
                        "INSERT INTO trial_plan_change (trial_id, changed_at, changed_by, what, reason) VALUES (?, ?, ?, ?, ?)")
                .params(trialId, Timestamp.from(at), by, what, reason)
                .update();
    }

    private static List<Message> lines(String what) {
        return Arrays.stream(what.split("\n")).map(PlanChanges::line).toList();
    }

    private static Message line(String stored) {
        if (Message.isKey(stored)) {
            return Message.of(stored);
        }
        String[] parts = stored.split(SEPARATOR, -1);
        if (parts.length != 3 || !Message.isKey("trials.change.field." + parts[0])) {
            // Words written by an earlier version: shown as they are.
            return Message.verbatim(stored);
        }
        String field = parts[0];
        String label = "trials.change.field." + field;
        return Message.of("trials.change.line", Message.of(label), value(field, parts[1]), value(field, parts[2]));
    }

    private static Object value(String field, String value) {
        if (field.equals("period") && value.contains("/")) {
            String[] days = value.split("/", 2);
            return Message.of("trials.change.period", days[0], days[1]);
        }
        if (field.endsWith("Outcome") && (value.equals("yes") || value.equals("no"))) {
            String key = "trials.change." + value;
            return Message.of(key);
        }
        return value;
    }

    private static String flat(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }
}
