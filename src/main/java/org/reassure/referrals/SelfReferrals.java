package org.reassure.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.NotFound;

/**
 * Someone contacting a listed organisation directly from the public directory, without reporting to the
 * police: no case is made and the police never see it; only the organisation reads it in its portal.
 */
@Service
public class SelfReferrals {

    /** The words of the consent box on the contact form. */
    static final String CONSENT_WORDS = "I agree that this organisation may use these details to contact me."
            + " I understand that this does not report anything to the police.";

    public record SelfReferral(UUID id, String name, String contactBy, String contact, String message, Instant at) {}

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Clock clock;

    SelfReferrals(JdbcClient jdbc, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Sends the message; the field names are the form's (the page shows errors beside each). */
    @Transactional
    public UUID send(
            String organisationCode,
            String name,
            String contactBy,
            String phone,
            String email,
            String message,
            boolean consent) {
        Organisation organisation = organisations
                .find(organisationCode)
                .filter(Organisation::active)
                .orElseThrow(() -> new NotFound("There is no such organisation."));
        FormErrors errors = new FormErrors();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.add("name", "Enter the name you would like to be called");
        } else if (cleanName.length() > 200) {
            errors.add("name", "Your name must be 200 characters or fewer");
        }
        String contact = null;
        if ("PHONE".equals(contactBy)) {
            contact = phone == null ? "" : phone.strip();
            if (!contact.matches("[+0-9 ()-]{7,30}")) {
                errors.add("phone", "Enter a phone number, like 07700 900 982");
            }
        } else if ("EMAIL".equals(contactBy)) {
            contact = email == null ? "" : email.strip();
            if (!contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || contact.length() > 254) {
                errors.add("email", "Enter an email address in the correct format, like name@example.com");
            }
        } else {
            errors.add("contactBy", "Select how you would like to be contacted");
        }
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            errors.add("message", "Enter a short message about what support you would like");
        } else if (text.length() > 2000) {
            errors.add("message", "Your message must be 2,000 characters or fewer");
        }
        if (!consent) {
            errors.add("consent", "Confirm that " + organisation.name() + " may use your details to contact you");
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO self_referral (id, organisation_id, name, contact_by, contact, message, consent_words, consent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organisation.id(),
                        cleanName,
                        contactBy,
                        contact,
                        text,
                        CONSENT_WORDS,
                        Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** The messages sent to the partner's own organisation, newest first. */
    @Transactional(readOnly = true)
    public List<SelfReferral> forOrganisation(StaffPrincipal partner) {
        if (!partner.hasRole(Role.SUPPORT_ORGANISATION) || partner.organisationCode() == null) {
            throw new AccessDeniedException("Only a support organisation's users see its messages.");
        }
        return jdbc.sql("""
                SELECT s.id, s.name, s.contact_by, s.contact, s.message, s.consent_at FROM self_referral s
                JOIN support_organisation o ON o.id = s.organisation_id WHERE o.code = ? ORDER BY s.consent_at DESC""")
                .param(partner.organisationCode())
                .query((rs, n) -> new SelfReferral(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }
}
