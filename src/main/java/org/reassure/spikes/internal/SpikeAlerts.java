package org.reassure.spikes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Strands;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.Message;
import org.reassure.platform.NotFound;

/**
 * Spike alerts as people see them: the alerts of their areas ({@link SpikeAreas}), one alert with the days of its
 * series, and an analyst's acknowledgement and check now.
 */
@Service
public class SpikeAlerts {

    static final int CHART_DAYS_BEFORE = 28;
    static final int CHART_MAX_DAYS = 91;
    public static final int NOTE_LIMIT = 2000;

    /**
     * One alert. {@code strandName} is the strand's name as people read it (case work's message, or its stored name).
     */
    public record Alert(
            long id,
            String strand,
            Object strandName,
            String areaCode,
            String areaName,
            boolean forceWide,
            LocalDate startedOn,
            LocalDate raisedOn,
            LocalDate lastFlaggedOn,
            LocalDate endedOn,
            int windowDays,
            int observed,
            double expected,
            int threshold,
            String acknowledgedBy,
            Instant acknowledgedAt,
            String acknowledgementNote) {

        public boolean ongoing() {
            return endedOn == null;
        }

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }

        /** The expected level to one decimal place, as people read it. */
        public String expectedText() {
            return SpikeChart.oneDecimal(expected);
        }
    }

    /** One day of a series: observed, expected and the threshold (null when there was not enough history). */
    public record Day(
            LocalDate day,
            int observed,
            Double expected,
            Integer threshold,
            int observedWeek,
            Double expectedWeek,
            Integer thresholdWeek,
            boolean flagged) {

        public String expectedText() {
            return expected == null ? "" : SpikeChart.oneDecimal(expected);
        }

        public String expectedWeekText() {
            return expectedWeek == null ? "" : SpikeChart.oneDecimal(expectedWeek);
        }

        /** Whether the day was flagged, and by which test. */
        public Message flaggedText() {
            if (!flagged) {
                return Message.of("spikes.day.notFlagged");
            }
            return threshold != null && observed >= threshold
                    ? Message.of("spikes.day.flaggedDay")
                    : Message.of("spikes.day.flaggedWeek");
        }
    }

    public record AlertView(Alert alert, List<Day> days, SpikeChart chart) {}

    private final AlertRows rows;
    private final SpikeAreas areas;
    private final Units units;
    private final Strands strands;
    private final SpikeChecks checks;
    private final Clock clock;

    SpikeAlerts(AlertRows rows, SpikeAreas areas, Units units, Strands strands, SpikeChecks checks, Clock clock) {
        this.rows = rows;
        this.areas = areas;
        this.units = units;
        this.strands = strands;
        this.checks = checks;
        this.clock = clock;
    }

    /** The chance of a false alarm each test takes on a day with no spike, as "once in N checks". */
    public static long chanceOneIn() {
        return Math.round(1 / SpikeDetector.DEFAULT.alpha());
    }

    /** The alerts this person may see: ongoing first, then the newest. */
    @Transactional(readOnly = true)
    public List<Alert> visibleTo(StaffPrincipal person) {
        List<Unit> visible = areas.visibleTo(person);
        return visible.isEmpty() ? List.of() : rows.inAreas(visible, strandNames());
    }

    /** One alert with its days, for the chart and its table; refused outside the person's areas. */
    @Transactional(readOnly = true)
    public AlertView view(StaffPrincipal person, long id) {
        Alert alert = find(person, id);
        LocalDate to =
                alert.endedOn() != null ? alert.endedOn() : lastCheckedOn().orElse(alert.lastFlaggedOn());
        LocalDate from = alert.startedOn().minusDays(CHART_DAYS_BEFORE);
        if (from.isBefore(to.minusDays(CHART_MAX_DAYS - 1L))) {
            from = to.minusDays(CHART_MAX_DAYS - 1L);
        }
        long areaId = units.findByCode(alert.areaCode()).orElseThrow().id();
        List<Day> days = rows.days(areaId, alert.strand(), from, to);
        return new AlertView(alert, days, SpikeChart.of(days, alert.startedOn()));
    }

    /**
     * An analyst's acknowledgement, with a note of what is being done (the page has checked it is there and not too
     * long); an alert is acknowledged once.
     */
    @Transactional
    public Alert acknowledge(StaffPrincipal person, long id, String note) {
        Alert alert = mayAcknowledge(person, id);
        if (alert.acknowledged() || !rows.acknowledge(id, person.getUsername(), clock.instant(), note.strip())) {
            throw new ConflictingState("spikes.acknowledge.already");
        }
        return find(person, id);
    }

    /** The alert, when the person may acknowledge it: an analyst of its area. */
    @Transactional(readOnly = true)
    public Alert mayAcknowledge(StaffPrincipal person, long id) {
        if (!person.hasRole(Role.ANALYST)) {
            throw new AccessDeniedException("Only analysts acknowledge spike alerts.");
        }
        return find(person, id);
    }

    /** Checks now, on an analyst's request: the days not yet checked, and today so far. */
    public SpikeChecks.Summary checkNow(StaffPrincipal person) {
        if (!person.hasRole(Role.ANALYST)) {
            throw new AccessDeniedException("Only analysts ask for a spike check.");
        }
        return checks.catchUp(person.getUsername(), true);
    }

    /** The areas (forces and boroughs) whose alerts the person sees, force first. */
    @Transactional(readOnly = true)
    public List<Unit> areasVisibleTo(StaffPrincipal person) {
        return areas.visibleTo(person);
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> lastCheckedOn() {
        return rows.latestCheck().map(Map.Entry::getKey);
    }

    private Alert find(StaffPrincipal person, long id) {
        long areaId = rows.areaOf(id).orElseThrow(() -> new NotFound("spikes.alert.notFound"));
        return rows.alert(id, areas.visible(person, areaId), strandNames());
    }

    /** Each active strand's name as people read it. */
    Map<String, Object> strandNames() {
        Map<String, Object> names = new HashMap<>();
        strands.active().forEach(strand -> names.put(strand.code(), strandName(strand.code(), strand.name())));
        return names;
    }

    /** A strand's name: case work's message {@code strand.<CODE>}, or the name case work stores until there is one. */
    static DefaultMessageSourceResolvable strandName(String code, String storedName) {
        return new DefaultMessageSourceResolvable(new String[] {"strand." + code}, storedName);
    }
}
