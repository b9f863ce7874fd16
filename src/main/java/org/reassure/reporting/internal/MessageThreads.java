package org.reassure.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.FormErrors;
import org.reassure.platform.NotFound;
import org.reassure.reporting.ReportMessages.Message;
import org.reassure.reporting.ReportMessages.MessageSent;
import org.reassure.reporting.ReportMessages.Sender;

/**
 * The threads of secure messages on reports, both sides: the reporter's (reached only after their tracking code was
 * checked, or by the centre that made the report) and the officers' (for callers who checked that the member of staff
 * may see the case). Messages are plain text, kept as written.
 */
@Component
public class MessageThreads {

    public static final int MAX_LENGTH = 2_000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageThreads(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Whether there is a report with this reference, so that its reporter can be written to. */
    @Transactional(readOnly = true)
    public boolean available(String reference) {
        return reportId(reference) != null;
    }

    /** Every message on a report, oldest first. */
    @Transactional(readOnly = true)
    public List<Message> on(String reference) {
        return jdbc.sql("""
                SELECT m.id, m.sender, m.author_name, m.body, m.sent_at, m.read_at
                FROM report_message m JOIN report r ON r.id = m.report_id WHERE r.reference = ? ORDER BY m.sent_at, m.id""")
                .param(reference)
                .query((rs, n) -> new Message(
                        rs.getLong(1),
                        Sender.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * A message from the reporter, for a report whose tracking code was checked in this visit (or one a third-party
     * centre made, checked by the caller); {@code account} is the centre's username, or null.
     */
    @Transactional
    public Message fromReporter(String reference, String account, String body) {
        return write(reference, Sender.REPORTER, account, null, body);
    }

    /** A message from an officer who the caller has checked may work on this case. */
    @Transactional
    public Message fromOfficer(String reference, String staffUsername, String staffName, String body) {
        return write(reference, Sender.OFFICER, staffUsername, staffName, body);
    }

    /** The messages one side wrote have been seen by the other. */
    @Transactional
    public void markRead(String reference, Sender writtenBy) {
        jdbc.sql("""
                UPDATE report_message SET read_at = ? WHERE read_at IS NULL AND sender = ?
                  AND report_id = (SELECT id FROM report WHERE reference = ?)""")
                .params(Timestamp.from(clock.instant()), writtenBy.name(), reference)
                .update();
    }

    /** Of these references, those with a message from the reporter that no officer has seen yet. */
    @Transactional(readOnly = true)
    public Set<String> withUnreadFromReporter(Collection<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                SELECT DISTINCT r.reference FROM report r JOIN report_message m ON m.report_id = r.id
                WHERE r.reference = ANY (?) AND m.sender = 'REPORTER' AND m.read_at IS NULL""")
                .param(references.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    private Message write(String reference, Sender sender, String author, String authorName, String body) {
        String text = Text.multiline(body);
        FormErrors errors = new FormErrors();
        if (text == null) {
            errors.add("message", "message.error.missing");
        } else if (text.length() > MAX_LENGTH) {
            errors.add("message", "message.error.tooLong", String.format(Locale.UK, "%,d", MAX_LENGTH));
        }
        errors.throwIfAny();
        UUID reportId = reportId(reference);
        if (reportId == null) {
            throw new NotFound("reporting.notFound.report");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                INSERT INTO report_message (report_id, sender, author, author_name, body, sent_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(reportId, sender.name(), author, authorName, text, Timestamp.from(now))
                .query(Long.class)
                .single();
        events.publishEvent(new MessageSent(reference, sender, author, now));
        return new Message(id, sender, authorName, text, now, null);
    }

    private UUID reportId(String reference) {
        return jdbc.sql("SELECT id FROM report WHERE reference = ?")
                .param(reference)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }
}
