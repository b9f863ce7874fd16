package org.reassure.referrals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Paged;

/**
 * Someone contacting a listed organisation directly from the public directory, without reporting to the
 * police: no case is made and the police never see it; only the organisation reads it in its portal.
 */
@Service
public class SelfReferrals {

    /** The words of the consent box on the contact form (support.contact.consent), as the person saw them. */
    static final String CONSENT_WORDS = "I agree that this organisation may use these details to contact me."
            + " I understand that this does not report anything to the police.";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final SelfReferralValidator validator;
    private final Clock clock;

    SelfReferrals(JdbcClient jdbc, Organisations organisations, SelfReferralValidator validator, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.validator = validator;
        this.clock = clock;
    }

    /** Sends the message; the field names are the form's (the page shows errors beside each). */
    @Transactional
    public UUID send(String organisationCode, NewSelfReferral form) {
        Organisation organisation = organisations.listed(organisationCode);
        FormErrors errors = new FormErrors();
        String contact = validator.check(organisation, form, errors);
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO self_referral (id, organisation_id, name, contact_by, contact, message, consent_words, consent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organisation.id(),
                        SelfReferralValidator.strip(form.name()),
                        form.contactBy(),
                        contact,
                        SelfReferralValidator.strip(form.message()),
                        CONSENT_WORDS,
                        Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** How many messages one page of the partner portal shows. */
    public static final int PAGE_SIZE = 20;

    /** One page of an organisation's messages, newest first, with how many there are in all. */
    public record Page(List<SelfReferral> messages, int page, int pageSize, long total) implements Paged {}

    /** How many messages were sent to the partner's own organisation. */
    @Transactional(readOnly = true)
    public long countFor(StaffPrincipal partner) {
        return jdbc.sql("""
                SELECT count(*) FROM self_referral s JOIN support_organisation o ON o.id = s.organisation_id
                WHERE o.code = ?""").param(organisationOf(partner)).query(Long.class).single();
    }

    /**
     * One page of the messages sent to the partner's own organisation, newest first; a page past the last is the
     * last, and one before the first is the first.
     */
    @Transactional(readOnly = true)
    public Page forOrganisation(StaffPrincipal partner, int page) {
        long total = countFor(partner);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<SelfReferral> messages = jdbc.sql("""
                SELECT s.id, s.name, s.contact_by, s.contact, s.message, s.consent_at FROM self_referral s
                JOIN support_organisation o ON o.id = s.organisation_id WHERE o.code = ?
                ORDER BY s.consent_at DESC, s.id LIMIT ? OFFSET ?""")
                .params(organisationOf(partner), PAGE_SIZE, (shown - 1) * PAGE_SIZE)
                .query((rs, n) -> new SelfReferral(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
        return new Page(messages, shown, PAGE_SIZE, total);
    }

    private static String organisationOf(StaffPrincipal partner) {
        if (!partner.hasRole(Role.SUPPORT_ORGANISATION) || partner.organisationCode() == null) {
            throw new AccessDeniedException("Only a support organisation's users see its messages.");
        }
        return partner.organisationCode();
    }
}
