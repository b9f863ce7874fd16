package org.reassure.notifications.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.care.NotificationCare;
import org.reassure.casework.CaseWork;
import org.reassure.casework.DecisionType;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.notifications.NotificationStatus;
import org.reassure.platform.DemoData;
import org.reassure.platform.Message;
import org.reassure.reporting.DemoTracking;

/**
 * What the demo's victims have been told through GOV.UK Notify. The three notified victims of {@link DemoTracking}
 * (e-mail in English, text message in Welsh, letter) have their cases allocated and an arrest recorded, so that the
 * listeners queue their messages as they would for any case; then the officer-assigned messages that were due have been
 * delivered, and the e-mail about the arrest failed for good, which gives the officer a task. Runs last, after every
 * other module's demo data; like all demo data, only once, into an empty database.
 */
@Component
class NotificationsDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(NotificationsDemoData.class);
    private static final List<String> NOTIFIED =
            List.of(DemoTracking.NOTIFIED_BY_EMAIL, DemoTracking.NOTIFIED_BY_TEXT, DemoTracking.NOTIFIED_BY_LETTER);

    private final CaseWork caseWork;
    private final StaffAccounts accounts;
    private final NotificationCare care;
    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final Clock clock;

    NotificationsDemoData(
            CaseWork caseWork,
            StaffAccounts accounts,
            NotificationCare care,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.caseWork = caseWork;
        this.accounts = accounts;
        this.care = care;
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public void load() {
        StaffPrincipal supervisor = accounts.principalOf("supervisor");
        StaffPrincipal investigator = accounts.principalOf("investigator");
        Instant now = clock.instant();
        for (String reference : NOTIFIED) {
            caseWork.allocate(supervisor, reference, "HNS-CSU", "investigator", null);
            caseWork.recordDecision(investigator, reference, DecisionType.ARREST, now.minus(Duration.ofHours(1)), null);
        }
        now = clock.instant(); // after the listeners queued them
        for (UUID id : ids("""
                SELECT id FROM notification WHERE case_reference IN (?, ?, ?) AND message = 'OFFICER_ASSIGNED'
                AND status = 'QUEUED' AND not_before <= ? ORDER BY case_reference""", now)) {
            settle(id, NotificationStatus.DELIVERED, null, now);
        }
        for (UUID id : ids("""
                SELECT id FROM notification WHERE case_reference IN (?, ?, ?) AND message = 'DECISION'
                AND channel = 'EMAIL' AND status = 'QUEUED' AND not_before <= ?""", now)) {
            settle(id, NotificationStatus.PERMANENT_FAILURE, "permanent-failure", now);
            tellOfficerAfterCommit(DemoTracking.NOTIFIED_BY_EMAIL, id, now);
        }
    }

    private List<UUID> ids(String sql, Instant now) {
        return jdbc.sql(sql)
                .params(NOTIFIED.get(0), NOTIFIED.get(1), NOTIFIED.get(2), Timestamp.from(now))
                .query(UUID.class)
                .list();
    }

    /** As the sender and Notify's receipts would have left it: sent, then its final status; details no longer kept. */
    private void settle(UUID id, NotificationStatus status, String reason, Instant now) {
        // At the moment of loading: a demo has no past of its own for the sender.
        Instant sent = now;
        Instant settled = now;
        jdbc.sql("""
                UPDATE notification SET status = ?, status_reason = ?, status_at = ?, sent_at = ?, attempts = 1,
                       notify_id = ?, email_address = NULL, phone_number = NULL, address_lines = '{}'
                WHERE id = ?""")
                .params(status.name(), reason, Timestamp.from(settled), Timestamp.from(sent), UUID.randomUUID(), id)
                .update();
        change(id, NotificationStatus.SENDING, null, now);
        change(id, NotificationStatus.SENT, null, sent);
        change(id, status, reason, settled);
    }

    private void change(UUID id, NotificationStatus status, String reason, Instant at) {
        jdbc.sql("""
                INSERT INTO notification_status_change (notification_id, status, reason, at, node)
                VALUES (?, ?, ?, ?, 'demo')""").params(id, status.name(), reason, Timestamp.from(at)).update();
    }

    /**
     * The officer's task for the failed decision notice, once the demo data is committed (victim care writes it in a
     * transaction of its own, so that a failure there never loses the demo data set).
     */
    private void tellOfficerAfterCommit(String reference, UUID id, Instant at) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    separately.executeWithoutResult(status -> care.notificationFailed(
                            reference, id, Message.of("notifications.triggers.emailBounced"), at));
                } catch (RuntimeException failed) {
                    log.warn("The demo's failed notification gave the officer no task: {}", failed.toString());
                }
            }
        });
    }
}
