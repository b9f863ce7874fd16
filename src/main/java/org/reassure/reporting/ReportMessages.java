package org.reassure.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.FormErrors;
import org.reassure.platform.NotFound;

/**
 * Secure messages between the person who reported and the officers on the case their report became.
 * The reporter's side is reached only after their tracking code was checked (so anonymous reporters can
 * write too); the officers' side is for callers who have checked that the member of staff may see the
 * case: this module does not know about units. Messages are plain text, kept as written.
 */
@Service
public class ReportMessages {

    static final int MAX_LENGTH = 2_000;

    /** Who wrote a message. */
    public enum Sender {
        REPORTER,
        OFFICER
    }

    /**
     * One message. {@code authorName} is the officer's name (null for the reporter); {@code readAt} is when
     * the other side first saw it, or null.
     */
    public record Message(long id, Sender sender, String authorName, String body, Instant sentAt, Instant readAt) {

        public boolean fromReporter() {
            return sender == Sender.REPORTER;
        }

        public boolean unread() {
            return readAt == null;
        }
    }

    /**
     * Someone wrote on a report: case work writes it into the case history. Carries no text.
     *
     * @param author the staff or centre account that wrote it, or null for a reporter with their tracking code
     */
    public record MessageSent(String reference, Sender sender, String author, Instant sentAt) {}

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportMessages(JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the case with this reference came from a report, so that its reporter can be written to. */
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

    /** A message from an officer who the caller has checked may work on this case. */
    @Transactional
    public Message fromOfficer(String reference, String staffUsername, String staffName, String body) {
        return write(reference, Sender.OFFICER, staffUsername, staffName, body);
    }

    /**
     * A message from the reporter, for a report whose tracking code was checked in this visit (or one a
     * third-party centre made, checked by the caller); {@code account} is the centre's username, or null.
     */
    @Transactional
    Message fromReporter(String reference, String account, String body) {
        return write(reference, Sender.REPORTER, account, null, body);
    }

    /** The officers have seen the reporter's messages. */
    @Transactional
    public void markReadByOfficers(String reference) {
        markRead(reference, Sender.REPORTER);
    }

    /** The reporter has seen the officers' messages. */
    @Transactional
    void markReadByReporter(String reference) {
        markRead(reference, Sender.OFFICER);
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

    private void markRead(String reference, Sender writtenBy) {
        jdbc.sql("""
                UPDATE report_message SET read_at = ? WHERE read_at IS NULL AND sender = ?
                  AND report_id = (SELECT id FROM report WHERE reference = ?)""")
                .params(Timestamp.from(clock.instant()), writtenBy.name(), reference)
                .update();
    }

    private Message write(String reference, Sender sender, String author, String authorName, String body) {
        String text = Text.multiline(body);
        FormErrors errors = new FormErrors();
        if (text == null) {
            errors.add("message", text("message.error.missing"));
        } else if (text.length() > MAX_LENGTH) {
            errors.add("message", text("message.error.tooLong"));
        }
        errors.throwIfAny();
        UUID reportId = reportId(reference);
        if (reportId == null) {
            throw new NotFound("There is no report with that reference.");
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

    private String text(String key) {
        return messages.getMessage(
                key, new Object[] {String.format("%,d", MAX_LENGTH)}, LocaleContextHolder.getLocale());
    }
}
