package org.reassure.synthetic.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reassure.care.RuleSet;

/**
 * What a run generates into: the units cases go to, the offence catalogue, the Home Office outcomes, the
 * victim care rule sets and bank holidays, the run's number and the moment the data describes.
 *
 * @param asOf cases are generated as they stand at this moment: nothing after it has happened yet
 */
record World(
        List<Target> targets,
        Map<String, List<Offence>> offencesByGroup,
        Map<Integer, String> outcomeNames,
        List<RuleSet> ruleSets,
        Set<LocalDate> holidays,
        long runId,
        Instant asOf) {

    /**
     * A place cases go: reports wait in the borough ({@code boroughId}) and are allocated to its Community Safety
     * Unit ({@code teamId}, the borough itself if it has no team), to an investigator there if there is one.
     */
    record Target(
            long boroughId,
            long teamId,
            String teamName,
            String officer,
            Long officerId,
            String officerName,
            String supervisor,
            List<String> districts,
            double weight) {}

    record Offence(String code, String name, boolean aggravated) {}
}
