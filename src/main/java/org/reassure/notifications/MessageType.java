package org.reassure.notifications;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.reassure.platform.Labelled;

/**
 * Each message Reassure sends, with the channels it can go by and the personalisation fields its Notify templates use.
 * A template is named by message, channel and language: the setting
 * {@code REASSURE_NOTIFY_TEMPLATE_<MESSAGE>_<CHANNEL>_<EN|CY>} (for example
 * {@code REASSURE_NOTIFY_TEMPLATE_DECISION_SMS_CY}) holds its Notify template id. Fields never carry the account, a
 * description of anyone, or (in a text message) the strand. Letters also get Notify's {@code address_line_1..7},
 * added when the letter is sent and never stored. Labels: {@code messageType.*}.
 */
public enum MessageType implements Labelled {
    /** To the person who reported: the reference, what happens next, how to track it (never the tracking code). */
    REPORT_RECEIVED(RecipientGroup.PUBLIC, "reference", "track_url", "force_name"),
    /** To the victim: the named officer and their direct number. */
    OFFICER_ASSIGNED(RecipientGroup.PUBLIC, "reference", "officer_name", "officer_phone"),
    /** To the victim: a key decision (arrest, charge, no further action ...), which is the decision notice. */
    DECISION(RecipientGroup.PUBLIC, "reference", "decision", "decided_on", "officer_name", "officer_phone"),
    /** To the person who reported: an officer wrote on Track my report. */
    NEW_MESSAGE(RecipientGroup.PUBLIC, "reference", "track_url"),
    /** To the victim, once the investigation has finished: how was the service. */
    SURVEY(RecipientGroup.PUBLIC, "reference", "survey_url"),
    /** To the officer: the reporter wrote on Track my report. */
    REPORTER_WROTE(RecipientGroup.STAFF, "reference", "case_url"),
    /** To the officer who referred: a support organisation accepted or declined a referral. */
    REFERRAL_ANSWERED(RecipientGroup.STAFF, "reference", "organisation", "answer", "case_url"),
    /** To an officer, once a day: their tasks about to become overdue. */
    TASKS_DUE(RecipientGroup.STAFF, "officer_name", "task_count", "task_list", "tasks_url"),
    /**
     * To a member of staff, at most once a day: someone keeps trying wrong passwords for their account (never the
     * attacker's address or another username).
     */
    ACCOUNT_ATTACKED(RecipientGroup.STAFF, "officer_name", "failure_count", "since"),
    /** To a support organisation: a new referral is waiting in the partner portal (no details of the victim). */
    REFERRAL_RECEIVED(RecipientGroup.PARTNER, "organisation", "referrals_url"),
    /** To a support organisation: a victim withdrew consent to share; delete what was shared. */
    CONSENT_WITHDRAWN(RecipientGroup.PARTNER, "organisation", "referral", "referrals_url");

    /** Who a message is written for: the public get every channel, staff and partners e-mail only. */
    public enum RecipientGroup {
        PUBLIC,
        STAFF,
        PARTNER
    }

    private final RecipientGroup group;
    private final List<String> fields;

    MessageType(RecipientGroup group, String... fields) {
        this.group = group;
        this.fields = List.of(fields);
    }

    public RecipientGroup group() {
        return group;
    }

    /** The personalisation fields every template of this message uses, in the order the README lists them. */
    public List<String> fields() {
        return fields;
    }

    public Set<NotificationChannel> channels() {
        return group == RecipientGroup.PUBLIC
                ? EnumSet.allOf(NotificationChannel.class)
                : EnumSet.of(NotificationChannel.EMAIL);
    }

    /** The care rule that switches this message on or off: {@code NOTIFY_DECISION}. */
    public String ruleCode() {
        return "NOTIFY_" + name();
    }

    /** The template's name in settings and in the local copies: {@code DECISION_SMS}. */
    public String templateName(NotificationChannel channel) {
        return name() + "_" + channel.name();
    }
}
