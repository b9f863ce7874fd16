package org.reassure.trials;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;

/**
 * The trials a case is enrolled in, for its case page ({@code @trialsView}): which arm it was allocated to and
 * when. Only enrolled cases have an arm, so this reveals nothing of the concealed sequence; the officer needs to
 * know, for example, that usual care means no secondary reassurance contact is to be made.
 */
@Component("trialsView")
public class TrialsCaseView {

    public record CaseEnrolment(long trialId, String trialName, Arm arm, Instant enrolledAt) {}

    private final JdbcClient jdbc;
    private final Cases cases;

    TrialsCaseView(JdbcClient jdbc, Cases cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public List<CaseEnrolment> forCase(String reference) {
        cases.requireVisible(CurrentStaff.require(), reference);
        return jdbc.sql("""
                SELECT t.id, t.name, e.arm, e.enrolled_at FROM trial_enrolment e JOIN trial t ON t.id = e.trial_id
                WHERE e.case_reference = ? ORDER BY e.enrolled_at""")
                .param(reference.trim().toUpperCase())
                .query((rs, n) -> new CaseEnrolment(
                        rs.getLong(1),
                        rs.getString(2),
                        Arm.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
