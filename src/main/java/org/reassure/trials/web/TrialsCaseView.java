package org.reassure.trials.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.trials.internal.Enrolments;

/**
 * The trials a case is enrolled in, for its case page ({@code @trialsView} in the fragment
 * {@code trials/case-section}, which case work's page includes): which arm it was allocated to and when. Only enrolled
 * cases have an arm, so this reveals nothing of the concealed sequence; the officer needs to know, for example, that
 * usual care means no secondary reassurance contact is to be made.
 */
@Component("trialsView")
public class TrialsCaseView {

    private final Enrolments enrolments;
    private final Cases cases;

    TrialsCaseView(Enrolments enrolments, Cases cases) {
        this.enrolments = enrolments;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public List<Enrolments.CaseEnrolment> forCase(String reference) {
        cases.requireVisible(CurrentStaff.require(), reference);
        return enrolments.forCase(reference);
    }
}
