package org.reassure.casework.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.reassure.casework.CaseFlag;
import org.reassure.casework.Classification;
import org.reassure.casework.RecordingDecision;

/** The recording page's fields, as typed; {@link #toDecision()} turns them into the decision the rules check. */
record RecordingForm(
        String classification,
        String offence,
        List<String> strands,
        List<String> religions,
        List<String> flags,
        String reason,
        Boolean notTrivial,
        Boolean notIrrational,
        Boolean notMalicious,
        Boolean basisForHostility,
        String keepSubjectData,
        String subjectDataReason,
        String notifySubject,
        String noNotificationReason) {

    static RecordingForm empty() {
        return new RecordingForm(
                "", "", List.of(), List.of(), List.of(), "", false, false, false, false, "", "", "", "");
    }

    public boolean hasStrand(String code) {
        return strands != null && strands.contains(code);
    }

    public boolean hasReligion(String code) {
        return religions != null && religions.contains(code);
    }

    public boolean hasFlag(String code) {
        return flags != null && flags.contains(code);
    }

    RecordingDecision toDecision() {
        Classification chosen = null;
        for (Classification c : Classification.values()) {
            if (c.name().equals(classification)) {
                chosen = c;
            }
        }
        Set<CaseFlag> chosenFlags = EnumSet.noneOf(CaseFlag.class);
        if (flags != null) {
            for (CaseFlag flag : CaseFlag.values()) {
                if (flags.contains(flag.name())) {
                    chosenFlags.add(flag);
                }
            }
        }
        return new RecordingDecision(
                chosen,
                offence,
                strands == null ? List.of() : strands,
                religions == null ? List.of() : religions,
                chosenFlags,
                reason,
                new RecordingDecision.NchiAssessment(
                        Boolean.TRUE.equals(notTrivial),
                        Boolean.TRUE.equals(notIrrational),
                        Boolean.TRUE.equals(notMalicious),
                        Boolean.TRUE.equals(basisForHostility),
                        yesNo(keepSubjectData),
                        subjectDataReason,
                        yesNo(notifySubject),
                        noNotificationReason));
    }

    private static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }
}
