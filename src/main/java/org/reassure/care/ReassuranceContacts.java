package org.reassure.care;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.internal.SecondaryReassurance;

/**
 * Secondary reassurance contact (SRC), for the trials that allocate it: a neighbourhood officer's call or visit to
 * the victim in the weeks after the report, apart from the investigation. A trial requires or withholds it for a
 * case; otherwise the force policy decides (see {@code internal.SecondaryReassurance}).
 */
@Service
public class ReassuranceContacts {

    /** Whether a case should have an SRC, and who decided. */
    public enum Directive {
        REQUIRED,
        WITHHELD
    }

    private final SecondaryReassurance reassurance;

    ReassuranceContacts(SecondaryReassurance reassurance) {
        this.reassurance = reassurance;
    }

    /** This case must have an SRC (a trial allocated it to the arm that gets one): schedules the task once. */
    @Transactional
    public void require(String caseReference, String reason) {
        reassurance.require(caseReference, reason);
    }

    /** This case must not have an SRC (a trial's usual-care arm): records it and closes an open SRC task. */
    @Transactional
    public void withhold(String caseReference, String reason) {
        reassurance.withhold(caseReference, reason);
    }

    /** Whether an SRC was made: a contact of that kind logged with the outcome "made". */
    @Transactional(readOnly = true)
    public boolean received(String caseReference) {
        return reassurance.received(caseReference);
    }

    /** What was decided for this case, if anything. */
    @Transactional(readOnly = true)
    public Optional<Directive> directive(String caseReference) {
        return reassurance.directive(caseReference);
    }
}
