package org.reassure.referrals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;

/**
 * Keeping the directory: administrators add organisations and change any entry, a support organisation's users only
 * their own. Switching an organisation off is announced ({@link OrganisationSwitchedOff}) so that its referrals close.
 */
@Service
public class DirectoryEditor {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final DirectoryEntryValidator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DirectoryEditor(
            JdbcClient jdbc,
            Organisations organisations,
            DirectoryEntryValidator validator,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    /** A new organisation, national until its entry says where it works. */
    @Transactional
    public Organisation create(String code, String name, List<String> strandCodes, String by) {
        FormErrors errors = new FormErrors();
        String clean = Organisations.normalise(code);
        String cleanName = DirectoryEntryValidator.strip(name);
        List<String> checked = validator.checkNew(
                clean,
                cleanName,
                strandCodes,
                clean.matches(DirectoryEntryValidator.CODE_PATTERN) && organisations.exists(clean),
                errors);
        errors.throwIfAny();
        jdbc.sql("""
                INSERT INTO support_organisation (code, name, strands, national, updated_at, updated_by) VALUES (?, ?, ?, TRUE, ?, ?)""")
                .params(clean, cleanName, checked.toArray(String[]::new), Timestamp.from(clock.instant()), by)
                .update();
        return organisations.get(clean);
    }

    /** Changes a directory entry: administrators any, a support organisation's user only their own (403 otherwise). */
    @Transactional
    public Organisation update(StaffPrincipal person, String code, DirectoryEntry entry) {
        Organisation organisation = organisations.get(code);
        requireEditor(person, organisation);
        FormErrors errors = new FormErrors();
        DirectoryEntryValidator.Checked checked = validator.check(entry, errors);
        boolean active = person.hasRole(Role.ADMINISTRATOR) ? entry.active() : organisation.active();
        errors.throwIfAny();
        String name = entry.name().strip();
        jdbc.sql("""
                UPDATE support_organisation SET name = ?, description = ?, name_cy = ?, description_cy = ?, strands = ?, groups_served = ?, national = ?, areas = ?,
                       languages = ?, easy_read = ?, bsl = ?, text_relay = ?, opening_hours = ?, phone = ?, email = ?, website = ?,
                       how_to_refer = ?, capacity = ?, response_days = ?, active = ?, updated_at = ?, updated_by = ?
                WHERE id = ?""")
                .params(
                        name,
                        DirectoryEntryValidator.strip(entry.description()),
                        Organisations.blankToNull(entry.nameCy()),
                        Organisations.blankToNull(entry.descriptionCy()),
                        checked.strands().toArray(String[]::new),
                        DirectoryEntryValidator.strip(entry.groupsServed()),
                        entry.national(),
                        entry.national() ? new String[0] : checked.areas().toArray(String[]::new),
                        checked.languages().toArray(String[]::new),
                        entry.easyRead(),
                        entry.bsl(),
                        entry.textRelay(),
                        DirectoryEntryValidator.strip(entry.openingHours()),
                        Organisations.blankToNull(entry.phone()),
                        Organisations.blankToNull(checked.email()),
                        Organisations.blankToNull(entry.website()),
                        DirectoryEntryValidator.strip(entry.howToRefer()),
                        entry.capacity().name(),
                        entry.responseDays(),
                        active,
                        Timestamp.from(clock.instant()),
                        person.getUsername(),
                        organisation.id())
                .update();
        if (organisation.active() && !active) {
            events.publishEvent(
                    new OrganisationSwitchedOff(organisation.id(), name, person.getUsername(), clock.instant()));
        }
        return organisations.get(organisation.code());
    }

    /** Administrators may change any entry, a support organisation's users their own (403 otherwise). */
    public void requireEditor(StaffPrincipal person, Organisation organisation) {
        boolean own =
                person.hasRole(Role.SUPPORT_ORGANISATION) && organisation.code().equals(person.organisationCode());
        if (!person.hasRole(Role.ADMINISTRATOR) && !own) {
            throw new AccessDeniedException("Only administrators and the organisation itself may change its entry.");
        }
    }
}
