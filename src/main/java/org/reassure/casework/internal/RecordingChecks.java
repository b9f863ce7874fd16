package org.reassure.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.reassure.casework.Catalogues;
import org.reassure.casework.Classification;
import org.reassure.casework.RecordingDecision;
import org.reassure.casework.Strands;
import org.reassure.platform.FormErrors;

/**
 * The rules a recording decision must meet before it is written: a classification the force records, an offence
 * from the catalogue for a crime, the strands perceived, the Non-Crime Hate Incidents Code of Practice answers for
 * an incident, the perceived religion with the religion strand, and the reasons.
 */
@Component
public class RecordingChecks {

    private final Strands strands;
    private final Catalogues catalogues;
    private final CaseworkProperties properties;

    public RecordingChecks(Strands strands, Catalogues catalogues, CaseworkProperties properties) {
        this.strands = strands;
        this.catalogues = catalogues;
        this.properties = properties;
    }

    /** The strand codes of an acceptable decision, cleaned; refuses the decision with every error found. */
    public List<String> strandsOf(RecordingDecision decision) {
        FormErrors errors = new FormErrors();
        List<String> codes = new ArrayList<>();
        if (decision.classification() == null) {
            errors.add("classification", "casework.problem.classificationMissing");
        } else if (decision.classification() == Classification.NCHI && !properties.nchiEnabled()) {
            errors.add("classification", "casework.problem.nchiSwitchedOff");
        }
        if (decision.classification() == Classification.CRIME) {
            if (decision.offenceCode() == null || decision.offenceCode().isBlank()) {
                errors.add("offence", "casework.problem.offenceMissing");
            } else if (catalogues.offence(decision.offenceCode()).isEmpty()) {
                errors.add(
                        "offence",
                        "casework.problem.noSuchOffence",
                        decision.offenceCode().trim());
            }
        }
        if (decision.classification() == Classification.CRIME || decision.classification() == Classification.NCHI) {
            Set<String> known = new LinkedHashSet<>();
            strands.active().forEach(strand -> known.add(strand.code()));
            List<String> given = decision.strands() == null ? List.of() : decision.strands();
            if (given.isEmpty()) {
                errors.add("strands", "casework.problem.strandsMissing");
            }
            for (String code : given) {
                String clean = code == null ? "" : code.trim().toUpperCase();
                if (!known.contains(clean)) {
                    errors.add("strands", "casework.problem.noSuchStrand", String.valueOf(code));
                } else if (!codes.contains(clean)) {
                    codes.add(clean);
                }
            }
        }
        if (decision.classification() == Classification.NCHI && properties.nchiEnabled()) {
            checkIncident(decision.nchi(), errors);
        }
        if (CaseRules.blankToNull(decision.reason()) == null) {
            errors.add("reason", "casework.problem.reasonsMissing");
        } else if (decision.reason().length() > 5000) {
            errors.add("reason", "casework.problem.reasonsTooLong");
        }
        errors.throwIfAny();
        return codes;
    }

    private static void checkIncident(RecordingDecision.NchiAssessment nchi, FormErrors errors) {
        if (nchi == null || !nchi.meetsThreshold()) {
            errors.add("nchi", "casework.problem.nchiThreshold");
            return;
        }
        if (nchi.keepSubjectData() == null) {
            errors.add("keepSubjectData", "casework.problem.keepSubjectDataMissing");
        } else if (nchi.keepSubjectData() && CaseRules.blankToNull(nchi.subjectDataReason()) == null) {
            errors.add("subjectDataReason", "casework.problem.subjectDataReasonMissing");
        }
        if (nchi.notifySubject() == null) {
            errors.add("notifySubject", "casework.problem.notifySubjectMissing");
        } else if (!nchi.notifySubject() && CaseRules.blankToNull(nchi.noNotificationReason()) == null) {
            errors.add("noNotificationReason", "casework.problem.noNotificationReasonMissing");
        }
    }

    /** With the religion strand, the perceived religion of the victim is recorded too (Home Office sub-categories). */
    public List<String> religionsOf(RecordingDecision decision, List<String> strandCodes) {
        List<String> given = decision.religions() == null ? List.of() : decision.religions();
        if (decision.classification() == Classification.NO_RECORD) {
            return List.of();
        }
        Set<String> known = new LinkedHashSet<>();
        strands.religionCategories().forEach(category -> known.add(category.code()));
        FormErrors errors = new FormErrors();
        List<String> codes = new ArrayList<>();
        for (String code : given) {
            String clean = code == null ? "" : code.trim().toUpperCase();
            if (!known.contains(clean)) {
                errors.add("religions", "casework.problem.noSuchReligion", String.valueOf(code));
            } else if (!codes.contains(clean)) {
                codes.add(clean);
            }
        }
        if (strandCodes.contains("RELIGION") && codes.isEmpty()) {
            errors.add("religions", "casework.problem.religionMissing");
        } else if (!strandCodes.contains("RELIGION") && !codes.isEmpty()) {
            errors.add("religions", "casework.problem.religionWithoutStrand");
        }
        errors.throwIfAny();
        return codes;
    }
}
