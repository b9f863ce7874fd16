package org.reassure.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in text format, one buffer per table, handed to a
 * {@link Sink} table by table in foreign-key order whenever a batch is complete. Memory stays bounded by
 * the batch, however many cases a run writes.
 */
final class CopyRows {

    /** The tables written, in the order their rows must arrive (a row's foreign keys point to earlier tables). */
    enum Table {
        HATE_CASE(
                "hate_case (id, reference, status, channel, anonymous, received_at, occurred_at, unit_id, officer_id, restricted, online,"
                        + " account, hostility_reason, perceived_by, outcome_code, created_at, updated_at, classification, offence_code,"
                        + " recording_reason, recorded_by, recorded_at, review_status, reviewed_by, reviewed_at, withdrawn_at, withdrawal_reason,"
                        + " finalised_at)"),
        CASE_STRAND("case_strand (case_id, strand_code)"),
        CASE_RELIGION("case_religion (case_id, category)"),
        CASE_FLAG("case_flag (case_id, flag)"),
        CASE_HISTORY("case_history (case_id, at, actor, from_status, to_status, what, reason)"),
        CASE_DECISION("case_decision (case_id, type, decided_at, recorded_by, recorded_at)"),
        PERSON(
                "person (id, case_id, role, full_name, name_key, date_of_birth, phone, phone_key, email, email_key, address, address_key,"
                        + " postcode, description, added_by, added_at)"),
        REPEAT_MATCH("repeat_match (person_id, matched_person_id, basis, score, status, decided_by, decided_at)"),
        CASE_LINK("case_link (case_id, linked_case_id, reason, linked_by, linked_at)"),
        CARE_TASK(
                "care_task (id, case_reference, kind, trigger_key, unit_id, assignee, rule_set_id, rule_code, started_at, due_at, status,"
                        + " completed_at, completed_by, closed_reason, created_at)"),
        CARE_CONTACT(
                "care_contact (id, case_reference, kind, channel, outcome, at, note, recorded_by, recorded_at, completed_task)"),
        SCHEDULED_TASKS(
                "scheduled_tasks (task_name, task_instance, execution_time, picked, consecutive_failures, version)"),
        SYNTHETIC_CASE("synthetic_case (case_id, run_id, src_arm, randomised_at)");

        final String columns;

        Table(String columns) {
            this.columns = columns;
        }
    }

    /** Where full buffers go: the database through COPY, or a digest in tests. */
    interface Sink {
        void copy(Table table, byte[] rows) throws IOException;
    }

    private final StringBuilder[] buffers = new StringBuilder[Table.values().length];
    private final long[] counts = new long[Table.values().length];
    private StringBuilder line;

    CopyRows() {
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = new StringBuilder(1 << 16);
        }
    }

    CopyRows start(Table table) {
        line = buffers[table.ordinal()];
        counts[table.ordinal()]++;
        return this;
    }

    private CopyRows next() {
        if (line.length() > 0 && line.charAt(line.length() - 1) != '\n') {
            line.append('\t');
        }
        return this;
    }

    CopyRows nul() {
        next();
        line.append("\\N");
        return this;
    }

    CopyRows text(String value) {
        if (value == null) {
            return nul();
        }
        next();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return this;
    }

    CopyRows uuid(UUID value) {
        return value == null ? nul() : raw(value.toString());
    }

    CopyRows num(long value) {
        next();
        line.append(value);
        return this;
    }

    CopyRows num(Long value) {
        return value == null ? nul() : num(value.longValue());
    }

    CopyRows real(double value) {
        next();
        line.append(value);
        return this;
    }

    CopyRows bool(boolean value) {
        return raw(value ? "t" : "f");
    }

    /** A point in time given in epoch seconds; {@code Long.MIN_VALUE} for none. */
    CopyRows ts(long epochSecond) {
        if (epochSecond == Long.MIN_VALUE) {
            return nul();
        }
        next();
        long day = Math.floorDiv(epochSecond, 86_400L);
        int second = (int) Math.floorMod(epochSecond, 86_400L);
        date(LocalDate.ofEpochDay(day));
        line.append(' ');
        two(second / 3600).append(':');
        two(second / 60 % 60).append(':');
        two(second % 60).append("+00");
        return this;
    }

    CopyRows day(LocalDate date) {
        next();
        date(date);
        return this;
    }

    private void date(LocalDate date) {
        line.append(date.getYear()).append('-');
        two(date.getMonthValue()).append('-');
        two(date.getDayOfMonth());
    }

    private StringBuilder two(int value) {
        if (value < 10) {
            line.append('0');
        }
        return line.append(value);
    }

    private CopyRows raw(String value) {
        next();
        line.append(value);
        return this;
    }

    void end() {
        line.append('\n');
        line = null;
    }

    long count(Table table) {
        return counts[table.ordinal()];
    }

    /** Hands every non-empty buffer to the sink, in foreign-key order, and empties it. */
    void flush(Sink sink) throws IOException {
        for (Table table : Table.values()) {
            StringBuilder buffer = buffers[table.ordinal()];
            if (buffer.length() > 0) {
                sink.copy(table, buffer.toString().getBytes(StandardCharsets.UTF_8));
                buffer.setLength(0);
            }
        }
    }
}
