package org.reassure.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.care.CareRules;
import org.reassure.care.ContactConsentChanged;
import org.reassure.care.Rule;
import org.reassure.care.SafeWindows;
import org.reassure.care.WorkingDays;
import org.reassure.casework.CaseEvents;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;
import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.Notifications;
import org.reassure.notifications.Outgoing;
import org.reassure.notifications.RecipientKind;
import org.reassure.notifications.WithheldReason;
import org.reassure.referrals.ReferralEvents;
import org.reassure.reporting.ReportMessages;
import org.reassure.reporting.VictimSatisfaction;

/**
 * What is sent, to whom, how and when. Each listener runs synchronously inside the transaction of the change that
 * causes it, so the outbox row exists exactly when the change was committed; each checks its care rule (a force can
 * switch a message off) and never throws for missing data: a person who cannot be told gets a withheld row saying
 * why, which the officer sees on the case.
 */
@Component
public class NotificationTriggers {

    private static final Logger log = LoggerFactory.getLogger(NotificationTriggers.class);

    /** Said when an officer has no direct number on record: the police non-emergency number. */
    static final String NON_EMERGENCY_NUMBER = "101";

    private final Notifications outbox;
    private final Recipients recipients;
    private final Wording wording;
    private final CareRules rules;
    private final WorkingDays workingDays;
    private final Cases cases;
    private final VictimSatisfaction satisfaction;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PublicLinks links;

    NotificationTriggers(
            Notifications outbox,
            Recipients recipients,
            Wording wording,
            CareRules rules,
            WorkingDays workingDays,
            Cases cases,
            VictimSatisfaction satisfaction,
            JdbcClient jdbc,
            Clock clock,
            PublicLinks links) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.wording = wording;
        this.rules = rules;
        this.workingDays = workingDays;
        this.cases = cases;
        this.satisfaction = satisfaction;
        this.jdbc = jdbc;
        this.clock = clock;
        this.links = links;
    }

    /** A member of staff as notifications know them. */
    record Officer(String username, String name, String email, String phone, boolean enabled) {}

    /** The reporter is told their report arrived: its reference and how to track it, never the tracking code. */
    @EventListener
    public void on(CaseEvents.CaseOpened event) {
        if (!rules.isOn(MessageType.REPORT_RECEIVED.ruleCode(), event.at())) {
            return;
        }
        String ref = event.reference();
        String force = forceName(event.facts());
        toPublic(
                ref,
                MessageType.REPORT_RECEIVED,
                recipients.whoReported(ref),
                language -> fields("reference", ref, "track_url", links.track(), "force_name", force),
                clock.instant(),
                null,
                "received");
    }

    /** The victim is told the name and direct number of the officer now in charge. */
    @EventListener
    public void on(CaseEvents.CaseAllocated event) {
        if (event.officerUsername() == null || !rules.isOn(MessageType.OFFICER_ASSIGNED.ruleCode(), event.at())) {
            return;
        }
        String ref = event.reference();
        Optional<Officer> officer = officer(event.officerUsername());
        toPublic(
                ref,
                MessageType.OFFICER_ASSIGNED,
                RecipientKind.VICTIM,
                language -> fields(
                        "reference",
                        ref,
                        "officer_name",
                        officerName(officer, language),
                        "officer_phone",
                        officerPhone(officer)),
                clock.instant(),
                null,
                event.officerUsername() + "@" + event.at());
    }

    /** A key decision, as the decision notice: delivered, it completes the care task of the same key. */
    @EventListener
    public void on(CaseEvents.DecisionRecorded event) {
        String taskKey = event.type().name() + "@" + event.decidedAt();
        decision(
                event.reference(),
                event.facts(),
                event.recordedAt(),
                event.decidedAt(),
                language -> wording.decision(language, event.type()),
                taskKey);
    }

    /** The outcome is the last decision; the satisfaction survey follows once the investigation has finished. */
    @EventListener
    public void on(CaseEvents.CaseFinalised event) {
        decision(
                event.reference(),
                event.facts(),
                event.at(),
                event.at(),
                language -> wording.outcome(language, event.outcomeCode()),
                "outcome@" + event.at());
        survey(event.reference(), event.at());
    }

    /**
     * A message on Track my report: from an officer, the person who reported is told to look; from the reporter, the
     * officer in charge is told by e-mail.
     */
    @EventListener
    public void on(ReportMessages.MessageSent event) {
        String ref = event.reference();
        if (event.sender() == ReportMessages.Sender.OFFICER) {
            if (rules.isOn(MessageType.NEW_MESSAGE.ruleCode(), event.sentAt())) {
                toPublic(
                        ref,
                        MessageType.NEW_MESSAGE,
                        recipients.whoReported(ref),
                        language -> fields("reference", ref, "track_url", links.track()),
                        clock.instant(),
                        null,
                        event.sentAt().toString());
            }
            return;
        }
        Optional<CaseFacts> facts = cases.facts(ref);
        if (facts.isEmpty() || !rules.isOn(MessageType.REPORTER_WROTE.ruleCode(), event.sentAt())) {
            return; // no case yet: the officers see the message when they first open it
        }
        toOfficer(
                ref,
                MessageType.REPORTER_WROTE,
                facts.get().officerUsername(),
                fields("reference", ref, "case_url", links.caseUrl(ref)),
                event.sentAt().toString());
    }

    /** A support organisation is told a referral waits for it in the partner portal. */
    @EventListener
    public void on(ReferralEvents.ReferralMade event) {
        if (!rules.isOn(MessageType.REFERRAL_RECEIVED.ruleCode(), event.at())) {
            return;
        }
        toEmail(
                event.caseReference(),
                MessageType.REFERRAL_RECEIVED,
                RecipientKind.ORGANISATION,
                event.organisationCode(),
                event.organisationEmail(),
                fields("organisation", event.organisationName(), "referrals_url", links.partner()),
                event.organisationCode() + ":" + event.referralId());
    }

    /** The officer who referred is told the organisation's answer. */
    @EventListener
    public void on(ReferralEvents.ReferralAnswered event) {
        if (!rules.isOn(MessageType.REFERRAL_ANSWERED.ruleCode(), event.at())) {
            return;
        }
        String ref = event.caseReference();
        toOfficer(
                ref,
                MessageType.REFERRAL_ANSWERED,
                event.referredBy(),
                fields(
                        "reference",
                        ref,
                        "organisation",
                        event.organisationName(),
                        "answer",
                        wording.text(
                                "en",
                                event.accepted()
                                        ? "notifications.referral.accepted"
                                        : "notifications.referral.declined"),
                        "case_url",
                        links.caseUrl(ref)),
                event.referralId() + "@" + event.at());
    }

    /** An organisation holding a referral is told the victim withdrew consent to share, so it deletes what it has. */
    @EventListener
    public void on(ReferralEvents.ConsentWithdrawn event) {
        if (!rules.isOn(MessageType.CONSENT_WITHDRAWN.ruleCode(), event.at())) {
            return;
        }
        toEmail(
                event.caseReference(),
                MessageType.CONSENT_WITHDRAWN,
                RecipientKind.ORGANISATION,
                event.organisationCode(),
                event.organisationEmail(),
                fields(
                        "organisation",
                        event.organisationName(),
                        "referral",
                        event.referralNumber(),
                        "referrals_url",
                        links.partner()),
                event.organisationCode() + ":" + event.referralId());
    }

    /** A victim who withdraws consent to contact is sent nothing more, from this moment. */
    @EventListener
    public void on(ContactConsentChanged event) {
        if (!event.consent()) {
            outbox.withholdQueued(
                    event.caseReference(),
                    List.of(RecipientKind.VICTIM, RecipientKind.REPORTER),
                    WithheldReason.CONSENT_WITHDRAWN);
        }
    }

    private void decision(
            String ref,
            CaseFacts facts,
            Instant at,
            Instant decidedAt,
            Function<String, String> decision,
            String taskKey) {
        if (!rules.isOn(MessageType.DECISION.ruleCode(), at)) {
            return;
        }
        Optional<Officer> officer = Optional.ofNullable(facts == null ? null : facts.officerUsername())
                .flatMap(this::officer);
        toPublic(
                ref,
                MessageType.DECISION,
                RecipientKind.VICTIM,
                language -> fields(
                        "reference",
                        ref,
                        "decision",
                        decision.apply(language),
                        "decided_on",
                        wording.date(language, decidedAt),
                        "officer_name",
                        officerName(officer, language),
                        "officer_phone",
                        officerPhone(officer)),
                clock.instant(),
                taskKey,
                taskKey);
    }

    /**
     * The survey invitation, once per case, the rule's number of days after the investigation finished (then at the
     * next safe time); not when the case's survey was already answered.
     */
    private void survey(String ref, Instant finishedAt) {
        Rule rule = rules.inForceAt(finishedAt).rules().get(MessageType.SURVEY.ruleCode());
        if ((rule != null && !rule.enabled()) || satisfaction.of(ref).isPresent()) {
            return;
        }
        Instant inviteAt = rule == null ? finishedAt.plus(7, ChronoUnit.DAYS) : rule.dueFrom(finishedAt, workingDays);
        toPublic(
                ref,
                MessageType.SURVEY,
                RecipientKind.VICTIM,
                language -> fields("reference", ref, "survey_url", links.track()),
                inviteAt,
                null,
                "once");
    }

    /**
     * Queues a message to the victim or the reporter on the channel their wishes allow, not before their next safe
     * time (letters are not limited by windows); or writes why it is withheld.
     */
    void toPublic(
            String ref,
            MessageType message,
            RecipientKind kind,
            Function<String, Map<String, String>> fields,
            Instant earliest,
            String taskKey,
            String unique) {
        guarded(message, kind, ref, () -> queuePublic(ref, message, kind, fields, earliest, taskKey, unique));
    }

    private void queuePublic(
            String ref,
            MessageType message,
            RecipientKind kind,
            Function<String, Map<String, String>> fields,
            Instant earliest,
            String taskKey,
            String unique) {
        Reach reach = recipients.reach(ref, kind);
        String dedupe = message.name() + ":" + kind.name() + ":" + Recipients.normalise(ref) + ":" + unique;
        Instant notBefore = reach.channel() == NotificationChannel.LETTER ? earliest : firstSafe(reach, earliest);
        Outgoing outgoing = new Outgoing(
                Recipients.normalise(ref),
                message,
                kind,
                null,
                reach.channel(),
                reach.language(),
                fields.apply(reach.language()),
                notBefore,
                reach.email(),
                reach.phone(),
                reach.addressLines(),
                reach.channel() == NotificationChannel.LETTER ? List.of() : reach.safeWindows(),
                taskKey,
                dedupe);
        if (reach.withheld() != null) {
            outbox.withhold(outgoing, reach.withheld());
        } else {
            outbox.queue(outgoing);
        }
    }

    /** An e-mail to an officer by their work address (withheld when they have none). */
    void toOfficer(String ref, MessageType message, String username, Map<String, String> fields, String unique) {
        Optional<Officer> officer = Optional.ofNullable(username).flatMap(this::officer);
        toEmail(
                ref,
                message,
                RecipientKind.OFFICER,
                username,
                officer.filter(Officer::enabled).map(Officer::email).orElse(null),
                fields,
                Recipients.normalise(ref) + ":" + unique);
    }

    /** An e-mail to staff or a support organisation, in English, at once; withheld NO_EMAIL without an address. */
    void toEmail(
            String ref,
            MessageType message,
            RecipientKind kind,
            String key,
            String email,
            Map<String, String> fields,
            String unique) {
        guarded(message, kind, ref, () -> queueEmail(ref, message, kind, key, email, fields, unique));
    }

    private void queueEmail(
            String ref,
            MessageType message,
            RecipientKind kind,
            String key,
            String email,
            Map<String, String> fields,
            String unique) {
        String address = email == null || email.isBlank() ? null : email.strip();
        Outgoing outgoing = new Outgoing(
                ref == null ? null : Recipients.normalise(ref),
                message,
                kind,
                key,
                address == null ? null : NotificationChannel.EMAIL,
                "en",
                fields,
                clock.instant(),
                address,
                null,
                List.of(),
                List.of(),
                null,
                message.name() + ":" + kind.name() + ":" + unique);
        if (address == null) {
            outbox.withhold(outgoing, WithheldReason.NO_EMAIL);
        } else {
            outbox.queue(outgoing);
        }
    }

    /**
     * Runs the queuing of one message so that a fault in it (a missing text, a value it did not expect) is logged and
     * never rolls back the change that caused it: the officer's care task still asks for what the message would have
     * said. A database error is passed on, as the transaction cannot continue after it anyway.
     */
    private static void guarded(MessageType message, RecipientKind kind, String ref, Runnable queuing) {
        try {
            queuing.run();
        } catch (DataAccessException database) {
            throw database;
        } catch (RuntimeException fault) {
            // The kind of fault and where it arose, never its message: that could hold what the person told us.
            StackTraceElement[] where = fault.getStackTrace();
            log.error(
                    "{} to the {} on case {} was not queued: {} at {}",
                    message,
                    kind,
                    ref,
                    fault.getClass().getName(),
                    where.length == 0 ? "?" : where[0]);
        }
    }

    Optional<Officer> officer(String username) {
        return jdbc.sql("""
                SELECT username, display_name, work_email, work_phone, enabled FROM identity_staff_contact_v
                WHERE username = ?""")
                .param(username)
                .query((rs, n) -> new Officer(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("work_email"),
                        rs.getString("work_phone"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    private String officerName(Optional<Officer> officer, String language) {
        return officer.map(Officer::name)
                .filter(name -> !name.isBlank())
                .orElseGet(() -> wording.text(language, "notifications.officer.unnamed"));
    }

    private static String officerPhone(Optional<Officer> officer) {
        return officer.map(Officer::phone).filter(phone -> !phone.isBlank()).orElse(NON_EMERGENCY_NUMBER);
    }

    /** The force the case's unit belongs to (the topmost force above it), as the public know it. */
    private String forceName(CaseFacts facts) {
        return jdbc.sql("""
                SELECT u.name FROM identity_unit_within_v w JOIN identity_unit_v u ON u.id = w.within_id
                WHERE w.unit_id = ? ORDER BY (u.kind = 'FORCE') DESC, w.depth DESC LIMIT 1""")
                .param(facts == null ? -1L : facts.unitId())
                .query(String.class)
                .optional()
                .or(() -> jdbc.sql("SELECT name FROM identity_unit_v WHERE kind = 'FORCE' ORDER BY id LIMIT 1")
                        .query(String.class)
                        .optional())
                .orElse("");
    }

    private static Instant firstSafe(Reach reach, Instant earliest) {
        if (reach.safeWindows().isEmpty()) {
            return earliest;
        }
        try {
            Instant safe = SafeWindows.decode(reach.safeWindows()).firstSafeAt(earliest);
            return safe == null ? earliest : safe;
        } catch (RuntimeException unreadable) {
            return earliest; // a window care could not read limits nothing rather than stop the change
        }
    }

    /** The personalisation, from pairs of field name and value. */
    static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return fields;
    }
}
