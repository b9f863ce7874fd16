package org.reassure.care;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.internal.ContactLog;
import org.reassure.identity.StaffPrincipal;

/**
 * The contact log of victim care, for other modules: every attempted and made contact with the victim. A contact
 * made completes the matching task.
 */
@Service
public class Contacts {

    private final ContactLog log;

    Contacts(ContactLog log) {
        this.log = log;
    }

    @Transactional
    public Contact record(StaffPrincipal person, String reference, Contact.New contact) {
        return log.record(person, reference, contact);
    }

    /**
     * Records a contact as an officer gave it. A channel the victim refused in their needs assessment is refused
     * here too (422, naming the refusal) unless the officer gives the reason they used it anyway.
     */
    @Transactional
    public Contact record(StaffPrincipal person, String reference, Contact.New contact, String refusedChannelReason) {
        return log.record(person, reference, contact, refusedChannelReason, null);
    }

    /**
     * As above; a phone call or visit outside the times the victim said are safe is refused too (422 on
     * {@code outsideSafeTimesReason}) unless the officer gives the reason for it, which the contact keeps.
     */
    @Transactional
    public Contact record(
            StaffPrincipal person,
            String reference,
            Contact.New contact,
            String refusedChannelReason,
            String outsideSafeTimesReason) {
        return log.record(person, reference, contact, refusedChannelReason, outsideSafeTimesReason);
    }

    @Transactional(readOnly = true)
    public List<Contact> forCase(StaffPrincipal person, String reference) {
        return log.forCase(person, reference);
    }
}
