package org.reassure.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseStatus;
import org.reassure.casework.Classification;
import org.reassure.casework.ReviewStatus;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.NotFound;

/** Loads a case for change, row locked, after checking the person's role and units; writes a new status. */
@Component
public class CaseFiles {

    private final JdbcClient jdbc;
    private final Units units;
    private final Clock clock;

    public CaseFiles(JdbcClient jdbc, Units units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    /** The case, for change by someone in one of these roles, in a unit they work in. */
    public CaseFile open(StaffPrincipal person, String reference, Set<Role> allowed, String doing) {
        if (person.roles().stream().noneMatch(allowed::contains)) {
            throw new AccessDeniedException("Your role does not " + doing + ".");
        }
        String clean = CaseRules.normalise(reference);
        CaseFile file = jdbc.sql("""
                SELECT id, reference, unit_id, received_at, status, classification, review_status, withdrawn_at
                FROM hate_case WHERE reference = ? FOR UPDATE""")
                .param(clean)
                .query((rs, n) -> new CaseFile(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getLong("unit_id"),
                        rs.getTimestamp("received_at").toInstant(),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("classification") == null
                                ? null
                                : Classification.valueOf(rs.getString("classification")),
                        rs.getString("review_status") == null
                                ? null
                                : ReviewStatus.valueOf(rs.getString("review_status")),
                        rs.getTimestamp("withdrawn_at") == null
                                ? null
                                : rs.getTimestamp("withdrawn_at").toInstant()))
                .optional()
                .orElseThrow(() -> new NotFound("casework.problem.noSuchCase", clean));
        if (!units.visibleTo(person).contains(file.unitId())) {
            throw new AccessDeniedException("This case belongs to a unit you do not work in.");
        }
        return file;
    }

    public void updateStatus(CaseFile file, CaseStatus to) {
        jdbc.sql("UPDATE hate_case SET status = ?, updated_at = ? WHERE id = ?")
                .params(to.name(), Timestamp.from(clock.instant()), file.id())
                .update();
    }
}
