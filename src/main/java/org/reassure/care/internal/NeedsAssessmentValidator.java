package org.reassure.care.internal;

import org.reassure.platform.FormErrors;
import org.reassure.platform.Languages;
import org.reassure.platform.Message;

/**
 * The rules of a needs assessment (the page and the API): every problem at once, each named by the form field it
 * belongs to. The agreed channel and frequency follow the contact agreement's rules.
 */
public final class NeedsAssessmentValidator {

    private NeedsAssessmentValidator() {}

    /** Every problem with a draft at once, each named by the form field it belongs to. */
    public static FormErrors problems(NeedsAssessment.Draft draft) {
        FormErrors errors = new FormErrors();
        if (draft.interpreterNeeded() == null) {
            errors.add("interpreterNeeded", "care.problem.interpreterMissing");
        } else if (draft.interpreterNeeded() && blank(draft.language())) {
            errors.add("language", "care.problem.languageMissing");
        } else if (!blank(draft.language()) && !Languages.known(draft.language().strip())) {
            errors.add("language", "care.problem.languageUnknown");
        }
        tooLong(errors, "adjustments", draft.adjustments(), 2000);
        if (draft.risk() == null) {
            errors.add("risk", "care.problem.riskMissing");
        } else if (draft.risk() != RiskLevel.STANDARD && blank(draft.riskReasons())) {
            errors.add("riskReasons", "care.problem.riskReasonsMissing", Message.of(riskInSentence(draft.risk())));
        }
        tooLong(errors, "riskReasons", draft.riskReasons(), 2000);
        tooLong(errors, "supportWanted", draft.supportWanted(), 2000);
        ContactAgreements.check(
                draft.preferredChannel(), draft.updateEveryDays(), "preferredChannel", "updateEveryDays", errors);
        if (draft.preferredChannel() != null
                && draft.refusedChannels() != null
                && draft.refusedChannels().contains(draft.preferredChannel())) {
            errors.add(
                    "refusedChannels",
                    "care.problem.channelPreferredAndRefused",
                    draft.preferredChannel().inSentence());
        }
        tooLong(errors, "safeTimes", draft.safeTimes(), 500);
        return errors;
    }

    /** The field's own message ({@code care.problem.tooLong.<field>}) names it and its limit. */
    private static void tooLong(FormErrors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max && !errors.has(field)) {
            String key = "care.problem.tooLong." + field;
            errors.add(field, key);
        }
    }

    /** The key of the risk level inside a sentence ("the risk is high"). */
    private static String riskInSentence(RiskLevel risk) {
        return "care.field.risk." + risk.name();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
