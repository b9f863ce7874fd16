package org.reassure.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.Contact;
import org.reassure.care.ContactChannel;
import org.reassure.care.ContactOutcome;
import org.reassure.care.TaskKind;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.NotFound;

/**
 * The contact log: every attempted and made contact with the victim. A contact made completes the matching task.
 * Other modules record contacts through {@link org.reassure.care.Contacts}.
 */
@Service
public class ContactLog {

    /** Roles that contact victims: analysts read cases but do not. */
    public static final Set<Role> CONTACT_ROLES = EnumSet.of(
            Role.CALL_HANDLER, Role.INVESTIGATOR, Role.SUPPORT_OFFICER, Role.NEIGHBOURHOOD_OFFICER, Role.SUPERVISOR);

    private final JdbcClient jdbc;
    private final Cases cases;
    private final CareTasks tasks;
    private final ContactValidator validator;
    private final Clock clock;

    ContactLog(JdbcClient jdbc, Cases cases, CareTasks tasks, ContactValidator validator, Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.cases = cases;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional
    public Contact record(StaffPrincipal person, String reference, Contact.New contact) {
        return record(person, reference, contact, null, null);
    }

    /**
     * Records a contact as an officer gave it. A channel the victim refused in their needs assessment is refused
     * here too (422, naming the refusal) unless the officer gives the reason they used it anyway.
     */
    @Transactional
    public Contact record(
            StaffPrincipal person,
            String reference,
            Contact.New contact,
            String refusedChannelReason,
            String outsideSafeTimesReason) {
        cases.header(person, reference);
        if (person.roles().stream().noneMatch(CONTACT_ROLES::contains)) {
            throw new AccessDeniedException("Your role does not contact victims.");
        }
        CaseFacts facts = cases.facts(reference).orElseThrow(() -> new NotFound("care.problem.noCase", reference));
        return log(
                facts,
                contact,
                person.getUsername(),
                new ContactValidator.Reasons(refusedChannelReason, outsideSafeTimesReason),
                true);
    }

    /** Validates and logs a contact, completing the matching task if it was made. The caller has checked access. */
    public Contact log(CaseFacts facts, Contact.New contact, String by) {
        return log(facts, contact, by, ContactValidator.Reasons.NONE, false);
    }

    private Contact log(
            CaseFacts facts, Contact.New contact, String by, ContactValidator.Reasons reasons, boolean checkRefusal) {
        Instant now = clock.instant();
        ContactValidator.Valid valid = validator.check(facts, contact, reasons, checkRefusal, now);
        Instant at = valid.at();
        Optional<CareTask> completed = contact.outcome() == ContactOutcome.MADE
                ? tasks.completeMatching(facts.reference(), contact.kind(), at, by)
                : Optional.empty();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO care_contact (id, case_reference, kind, channel, outcome, at, note, recorded_by, recorded_at, completed_task,
                                          refused_channel_reason, outside_safe_times_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        facts.reference(),
                        contact.kind().name(),
                        contact.channel().name(),
                        contact.outcome().name(),
                        Timestamp.from(at),
                        valid.note(),
                        by,
                        Timestamp.from(now),
                        completed.map(CareTask::id).orElse(null),
                        valid.refusedChannelReason(),
                        valid.outsideSafeTimesReason())
                .update();
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<Contact> forCase(StaffPrincipal person, String reference) {
        cases.header(person, reference);
        return jdbc.sql("SELECT * FROM care_contact WHERE case_reference = ? ORDER BY at DESC")
                .param(reference.trim().toUpperCase())
                .query(ContactLog::contact)
                .list();
    }

    private Contact find(UUID id) {
        return jdbc.sql("SELECT * FROM care_contact WHERE id = ?")
                .param(id)
                .query(ContactLog::contact)
                .single();
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        return new Contact(
                rs.getObject("id", UUID.class),
                rs.getString("case_reference"),
                TaskKind.valueOf(rs.getString("kind")),
                ContactChannel.valueOf(rs.getString("channel")),
                ContactOutcome.valueOf(rs.getString("outcome")),
                rs.getTimestamp("at").toInstant(),
                rs.getString("note"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("completed_task", UUID.class),
                rs.getString("refused_channel_reason"),
                rs.getString("outside_safe_times_reason"));
    }
}
