package org.reassure.care.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseAccessGrants;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;

/**
 * A neighbourhood officer may open a case whose secondary reassurance contact their team holds, although the
 * case belongs to a Community Safety Unit: they need the victim's contact details, warnings and needs to make the
 * call or visit and to log it. The grant lasts while the task is open and for 30 days after it was done, so the
 * officer can correct what they logged; it never puts the case in their lists or searches.
 */
@Component
class NeighbourhoodTeamAccess implements CaseAccessGrants {

    static final Duration AFTER_DONE = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Units units;
    private final Clock clock;

    NeighbourhoodTeamAccess(JdbcClient jdbc, Units units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public boolean grants(StaffPrincipal person, String reference) {
        if (!person.hasRole(Role.NEIGHBOURHOOD_OFFICER) || person.unitId() == null) {
            return false;
        }
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM care_task WHERE case_reference = ? AND holder = 'NEIGHBOURHOOD_TEAM' AND unit_id = ANY(?)
                                 AND (status IN ('OPEN', 'OVERDUE') OR completed_at > ?))""")
                .params(
                        reference,
                        units.visibleTo(person).toArray(Long[]::new),
                        Timestamp.from(clock.instant().minus(AFTER_DONE)))
                .query(Boolean.class)
                .single();
    }
}
