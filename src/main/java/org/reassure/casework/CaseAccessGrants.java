package org.reassure.casework;

import org.reassure.identity.StaffPrincipal;

/**
 * Access to one case beyond the unit rule, granted by another module for a piece of work it gave a person:
 * for example a secondary reassurance contact that victim care assigns to the neighbourhood team covering the
 * victim's area, while the case itself sits with a Community Safety Unit. A grant never widens lists or
 * searches; it opens the one case, and every such look is audited like any other.
 */
public interface CaseAccessGrants {

    /** Whether this person may open this case (normalised reference) for work they have been given on it. */
    boolean grants(StaffPrincipal person, String reference);
}
