package org.reassure.casework;

import java.util.List;
import java.util.Set;

/**
 * A recording decision as entered on the page or the API.
 *
 * @param religions the perceived religion of the victim, by Home Office sub-category, when the strand is religion
 * @param nchi the code-of-practice answers, for a non-crime hate incident only (else null)
 */
public record RecordingDecision(
        Classification classification,
        String offenceCode,
        List<String> strands,
        List<String> religions,
        Set<CaseFlag> flags,
        String reason,
        NchiAssessment nchi) {

    /**
     * The Non-Crime Hate Incidents Code of Practice (2023): an incident is recorded only if it is not
     * trivial, irrational or malicious and there is a basis for intentional hostility; the subject's
     * personal data is kept only after a separate decision with a reason; the subject is told unless that
     * creates a safeguarding risk.
     */
    public record NchiAssessment(
            boolean notTrivial,
            boolean notIrrational,
            boolean notMalicious,
            boolean basisForHostility,
            Boolean keepSubjectData,
            String subjectDataReason,
            Boolean notifySubject,
            String noNotificationReason) {

        public boolean meetsThreshold() {
            return notTrivial && notIrrational && notMalicious && basisForHostility;
        }
    }
}
