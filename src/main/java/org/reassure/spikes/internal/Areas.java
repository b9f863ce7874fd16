package org.reassure.spikes.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reassure.identity.Unit;
import org.reassure.identity.UnitKind;

/** The areas spikes are looked for in (each force and each borough), and the areas a unit's cases count in. */
final class Areas {

    private final Map<Long, Unit> byId = new LinkedHashMap<>();

    Areas(List<Unit> all) {
        all.forEach(unit -> byId.put(unit.id(), unit));
    }

    static boolean isArea(Unit unit) {
        return unit.kind() == UnitKind.FORCE || unit.kind() == UnitKind.BOROUGH;
    }

    List<Unit> all() {
        return byId.values().stream().filter(Areas::isArea).toList();
    }

    /** The areas a unit's cases count in: its borough (if it is in one) and its force. */
    List<Unit> of(long unitId) {
        List<Unit> areas = new ArrayList<>(2);
        Unit unit = byId.get(unitId);
        while (unit != null) {
            if (isArea(unit)) {
                areas.add(unit);
            }
            unit = unit.parentId() == null ? null : byId.get(unit.parentId());
        }
        return areas;
    }
}
