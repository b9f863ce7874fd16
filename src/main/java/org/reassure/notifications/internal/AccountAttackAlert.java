package org.reassure.notifications.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.reassure.identity.AccountUnderAttack;
import org.reassure.notifications.MessageType;
import org.reassure.notifications.RecipientKind;
import org.reassure.platform.Formats;

/**
 * Tells a member of staff by e-mail that someone keeps trying wrong passwords for their account: how many and since
 * when, never from where. Identity publishes the event at most once a day per account; the dedupe key (account and
 * day) makes sure of it here too. A security message: no care rule switches it off.
 */
@Component
class AccountAttackAlert {

    private final NotificationTriggers triggers;
    private final Wording wording;

    AccountAttackAlert(NotificationTriggers triggers, Wording wording) {
        this.triggers = triggers;
        this.wording = wording;
    }

    @EventListener
    public void on(AccountUnderAttack event) {
        triggers.toEmail(
                null,
                MessageType.ACCOUNT_ATTACKED,
                RecipientKind.OFFICER,
                event.username(),
                event.workEmail(),
                NotificationTriggers.fields(
                        "officer_name",
                        event.displayName(),
                        "failure_count",
                        String.valueOf(event.failures()),
                        "since",
                        wording.dateTime("en", event.since())),
                event.accountId() + ":" + event.at().atZone(Formats.UK).toLocalDate());
    }
}
