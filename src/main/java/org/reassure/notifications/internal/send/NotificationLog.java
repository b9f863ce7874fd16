package org.reassure.notifications.internal.send;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.NotificationStatus;
import org.reassure.notifications.RecipientKind;
import org.reassure.notifications.WithheldReason;
import org.reassure.platform.Message;

/** What was sent (or not, and why), for the case page and the administrator's page. Never an address. */
@Service
public class NotificationLog {

    /** One notification as staff see it: to whom (the kind of person), how, when, where it stands and why. */
    public record Entry(
            UUID id,
            String caseReference,
            MessageType message,
            RecipientKind recipientKind,
            String recipientKey,
            NotificationChannel channel,
            String language,
            Instant createdAt,
            Instant statusAt,
            NotificationStatus status,
            Message reason,
            int attempts,
            Map<String, String> personalisation) {

        /** Whether an officer has something to fix: the reason says what. */
        public boolean needsAttention() {
            return status.needsAttention();
        }
    }

    /** A page of the administrator's list. */
    public record Page(List<Entry> entries, int page, int pages, long total) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    public static final int PAGE_SIZE = 50;

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NotificationLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The case's notifications, oldest first. The caller has checked that the person may see the case. */
    @Transactional(readOnly = true)
    public List<Entry> forCase(String reference) {
        return jdbc.sql("SELECT * FROM notification WHERE case_reference = ? ORDER BY created_at, id")
                .param(reference)
                .query(this::entry)
                .list();
    }

    /** Newest first, {@link #PAGE_SIZE} a page, of one status or all. */
    @Transactional(readOnly = true)
    public Page page(NotificationStatus status, int page) {
        String where = status == null ? "" : " WHERE status = :status";
        long total = jdbc.sql("SELECT count(*) FROM notification" + where)
                .paramSource(status == null ? Map.of() : Map.of("status", status.name()))
                .query(Long.class)
                .single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<Entry> entries = jdbc.sql("SELECT * FROM notification" + where
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("status", status == null ? null : status.name())
                .param("limit", PAGE_SIZE)
                .param("offset", (shown - 1) * PAGE_SIZE)
                .query(this::entry)
                .list();
        return new Page(entries, shown, pages, total);
    }

    private Entry entry(ResultSet rs, int n) throws SQLException {
        NotificationStatus status = NotificationStatus.valueOf(rs.getString("status"));
        String channel = rs.getString("channel");
        return new Entry(
                rs.getObject("id", UUID.class),
                rs.getString("case_reference"),
                MessageType.valueOf(rs.getString("message")),
                RecipientKind.valueOf(rs.getString("recipient_kind")),
                rs.getString("recipient_key"),
                channel == null ? null : NotificationChannel.valueOf(channel),
                rs.getString("language"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("status_at").toInstant(),
                status,
                reason(status, rs.getString("status_reason")),
                rs.getInt("attempts"),
                json.readValue(rs.getString("personalisation"), FIELDS));
    }

    /** The stored reason in words: a withheld reason's label, or a message key and its arguments. */
    static Message reason(NotificationStatus status, String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        if (status == NotificationStatus.WITHHELD) {
            try {
                return WithheldReason.valueOf(stored).label();
            } catch (IllegalArgumentException older) {
                return Message.verbatim(stored);
            }
        }
        String[] parts = stored.split("\\|");
        if (!Message.isKey(parts[0])) {
            return Message.verbatim(stored);
        }
        return Message.of(parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }
}
