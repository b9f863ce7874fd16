package org.reassure.reporting.web;

import java.util.Optional;

import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.reporting.Reports.Channel;
import org.reassure.reporting.internal.Origin;

/**
 * Where the report being sent comes from: a third-party reporting centre's account (signed in, or its
 * API token), a kiosk (a shared device an administrator turned on), or anyone online.
 */
final class Origins {

    private Origins() {}

    /** The signed-in third-party reporting centre, if the person making this request is one. */
    static Optional<StaffPrincipal> centre() {
        return CurrentStaff.get().filter(staff -> staff.hasRole(Role.THIRD_PARTY_CENTRE));
    }

    static Origin of(boolean kiosk) {
        Optional<StaffPrincipal> centre = centre();
        if (centre.isPresent()) {
            return Origin.centre(centre.get().getUsername(), centre.get().displayName());
        }
        return Origin.of(kiosk ? Channel.KIOSK : Channel.ONLINE);
    }
}
