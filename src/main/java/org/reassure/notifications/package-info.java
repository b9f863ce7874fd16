/**
 * Notifications: what Reassure tells victims, reporters, officers and support organisations by e-mail, text message
 * and letter through GOV.UK Notify. Each notification is written to this module's outbox in the transaction of the
 * change that causes it (its listeners run synchronously, inside the publisher's transaction), then sent by a
 * database-backed task that is safe on several nodes, retried on time-outs and server errors, and made idempotent with
 * Notify's {@code reference}. Delivery receipts arrive on a callback. Its API: {@code Notifications} (the outbox and
 * what was sent for a case), {@code MessageType}, {@code NotificationChannel}, {@code NotificationStatus},
 * {@code RecipientKind}, {@code WithheldReason} and {@code Outgoing}. Pages are in {@code web}, the rest in
 * {@code internal}, the demo data in {@code demo}.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"platform", "identity", "audit", "casework", "reporting", "care", "referrals"})
package org.reassure.notifications;

import org.springframework.modulith.ApplicationModule;
