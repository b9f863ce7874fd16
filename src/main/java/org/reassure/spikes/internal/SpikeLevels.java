package org.reassure.spikes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Strands;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.InvalidInput;

/** The latest levels: for each strand in an area, the last day's count, its expected level and the alert threshold. */
@Service
public class SpikeLevels {

    private final AlertRows rows;
    private final SpikeAreas areas;
    private final Units units;
    private final Strands strands;

    SpikeLevels(AlertRows rows, SpikeAreas areas, Units units, Strands strands) {
        this.rows = rows;
        this.areas = areas;
        this.units = units;
        this.strands = strands;
    }

    /** One strand's latest check; {@code day} is null when it was not checked on the area's last day. */
    public record StrandLevel(String strand, Object strandName, SpikeAlerts.Day day) {}

    /** The latest check of every strand in one area. {@code checkedOn} is null when no check has run yet. */
    public record AreaLevels(Unit area, LocalDate checkedOn, boolean partial, List<StrandLevel> strands) {}

    /** The latest check of each strand in an area the person may see (their first area when none is given). */
    @Transactional(readOnly = true)
    public AreaLevels levels(StaffPrincipal person, String areaCode) {
        Unit area = area(person, areaCode);
        Optional<Map.Entry<LocalDate, Boolean>> latest = rows.latestCheck();
        if (latest.isEmpty()) {
            return new AreaLevels(area, null, false, List.of());
        }
        LocalDate day = latest.get().getKey();
        Map<String, SpikeAlerts.Day> byStrand = rows.daysOf(area.id(), day);
        List<StrandLevel> levels = strands.active().stream()
                .map(strand -> new StrandLevel(
                        strand.code(),
                        SpikeAlerts.strandName(strand.code(), strand.name()),
                        byStrand.get(strand.code())))
                .toList();
        return new AreaLevels(area, day, latest.get().getValue(), levels);
    }

    private Unit area(StaffPrincipal person, String areaCode) {
        List<Unit> visible = areas.visibleTo(person);
        if (areaCode == null || areaCode.isBlank()) {
            return visible.stream()
                    .findFirst()
                    .orElseThrow(() -> new AccessDeniedException("You do not work in an area."));
        }
        Unit wanted = units.findByCode(areaCode)
                .orElseThrow(() -> new InvalidInput(
                        "area", "spikes.levels.area.unknown", areaCode.trim().toUpperCase()));
        return areas.visible(person, wanted.id());
    }
}
