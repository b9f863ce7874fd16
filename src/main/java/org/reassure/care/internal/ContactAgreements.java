package org.reassure.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.ContactChannel;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;

/**
 * The update frequency and channel agreed with the victim (Victims' Code right 6: agreed with the victim and
 * changeable at any time). Each change is a new row; the regular update clock follows the newest.
 */
@Service
public class ContactAgreements {

    static final int MAX_EVERY_DAYS = 365;

    private final JdbcClient jdbc;
    private final CareAccess access;
    private final TaskSuccession succession;
    private final Clock clock;

    ContactAgreements(JdbcClient jdbc, CareAccess access, TaskSuccession succession, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.succession = succession;
        this.clock = clock;
    }

    /** An officer changes the agreement, with the reason (the victim asked, the channel cannot be used...). */
    @Transactional
    public ContactAgreement change(
            StaffPrincipal person, String reference, ContactChannel channel, Integer everyDays, String reason) {
        String ref = access.contactingVictim(person, reference);
        FormErrors errors = new FormErrors();
        check(channel, everyDays, "channel", "everyDays", errors);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            errors.add("reason", "care.problem.agreementReasonMissing");
        }
        jdbc.sql(
                        "SELECT refused_channels FROM care_needs_assessment WHERE case_reference = ? ORDER BY version DESC LIMIT 1")
                .param(ref)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
                .optional()
                .filter(refused -> channel != null && refused.contains(channel.name()))
                .ifPresent(
                        refused -> errors.add("channel", "care.problem.agreementChannelRefused", channel.inSentence()));
        errors.throwIfAny();
        return agree(ref, channel, everyDays, why, null, person.getUsername());
    }

    /** Checks an agreement's channel and frequency, naming the errors by the fields of the form that asked for them. */
    static void check(
            ContactChannel channel, Integer everyDays, String channelField, String everyDaysField, FormErrors errors) {
        if (channel == null) {
            errors.add(channelField, "care.problem.agreementChannelMissing");
        }
        if (everyDays == null || everyDays < 1 || everyDays > MAX_EVERY_DAYS) {
            errors.add(everyDaysField, "care.problem.agreementEveryDays", MAX_EVERY_DAYS);
        }
    }

    /** Records an agreement (validated by the caller) and moves the running regular update to the new frequency. */
    public ContactAgreement agree(
            String reference, ContactChannel channel, int everyDays, String reason, UUID assessmentId, String by) {
        long id = jdbc.sql("""
                INSERT INTO care_contact_agreement (case_reference, channel, every_days, reason, assessment_id, agreed_by, agreed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(reference, channel.name(), everyDays, reason, assessmentId, by, Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        succession.followAgreement(reference, id);
        return history(reference).get(0);
    }

    public Optional<ContactAgreement> current(String reference) {
        return jdbc.sql("SELECT * FROM care_contact_agreement WHERE case_reference = ? ORDER BY id DESC LIMIT 1")
                .param(reference)
                .query(ContactAgreements::agreement)
                .optional();
    }

    /** Every agreement of the case, newest first. The caller has checked access. */
    public List<ContactAgreement> history(String reference) {
        return jdbc.sql("SELECT * FROM care_contact_agreement WHERE case_reference = ? ORDER BY id DESC")
                .param(reference)
                .query(ContactAgreements::agreement)
                .list();
    }

    private static ContactAgreement agreement(ResultSet rs, int row) throws SQLException {
        return new ContactAgreement(
                rs.getLong("id"),
                rs.getString("case_reference"),
                ContactChannel.valueOf(rs.getString("channel")),
                rs.getInt("every_days"),
                rs.getString("reason"),
                rs.getString("agreed_by"),
                rs.getTimestamp("agreed_at").toInstant());
    }
}
