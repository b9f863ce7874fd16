package org.reassure.spikes.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.UnitKind;
import org.reassure.identity.Units;

/**
 * Whose alerts a person sees. Analysts see every area of their force; supervisors and neighbourhood officers see the
 * area they work in: their borough (from any team below it), or the areas below their unit.
 */
@Component
class SpikeAreas {

    /** Roles that see spike alerts. */
    static final Set<Role> ROLES = EnumSet.of(Role.ANALYST, Role.SUPERVISOR, Role.NEIGHBOURHOOD_OFFICER);

    private final Units units;

    SpikeAreas(Units units) {
        this.units = units;
    }

    /** The areas (forces and boroughs) whose alerts the person sees, force first. */
    List<Unit> visibleTo(StaffPrincipal person) {
        if (person.roles().stream().noneMatch(ROLES::contains)) {
            throw new AccessDeniedException("Spike alerts are for analysts, supervisors and neighbourhood officers.");
        }
        Set<Long> below = units.visibleTo(person);
        return units.all().stream()
                .filter(Areas::isArea)
                .filter(u -> below.contains(u.id())
                        || (u.kind() == UnitKind.BOROUGH
                                && person.unitId() != null
                                && units.subtree(u.id()).contains(person.unitId())))
                .toList();
    }

    /** One of the person's areas; refused when the area is not theirs. */
    Unit visible(StaffPrincipal person, long areaId) {
        return visibleTo(person).stream()
                .filter(a -> a.id() == areaId)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("This is about an area you do not work in."));
    }
}
