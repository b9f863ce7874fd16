package org.reassure.care.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.reassure.care.ContactChannel;
import org.reassure.care.internal.ContactAgreement;
import org.reassure.care.internal.NeedsAssessment;
import org.reassure.care.internal.NeedsAssessmentValidator;
import org.reassure.care.internal.RiskLevel;
import org.reassure.platform.FormErrors;

/**
 * The needs assessment page: yes/no radios post "yes" or "no", the flags and refused channels their codes, the
 * single "no messages" box "yes". The agreed channel and frequency are asked here too.
 */
record NeedsAssessmentForm(
        String interpreterNeeded,
        String language,
        String adjustments,
        String risk,
        String riskReasons,
        List<String> flags,
        String supportWanted,
        String preferredChannel,
        String updateEveryDays,
        String safeTimes,
        List<String> refusedChannels,
        String noMessages)
        implements PostedForm {

    static final String VULNERABLE = "VULNERABLE";
    static final String INTIMIDATED = "INTIMIDATED";
    static final String PERSISTENTLY_TARGETED = "PERSISTENTLY_TARGETED";

    NeedsAssessmentForm {
        flags = flags == null ? List.of() : List.copyOf(flags);
        refusedChannels = refusedChannels == null ? List.of() : List.copyOf(refusedChannels);
    }

    /** The last assessment and agreement, to start a new version from; empty fields when there is none. */
    static NeedsAssessmentForm of(NeedsAssessment last, ContactAgreement agreed) {
        List<String> flags = new ArrayList<>();
        if (last != null && last.vulnerable()) {
            flags.add(VULNERABLE);
        }
        if (last != null && last.intimidated()) {
            flags.add(INTIMIDATED);
        }
        if (last != null && last.persistentlyTargeted()) {
            flags.add(PERSISTENTLY_TARGETED);
        }
        return new NeedsAssessmentForm(
                last == null ? null : last.interpreterNeeded() ? "yes" : "no",
                last == null ? null : last.language(),
                last == null ? null : last.adjustments(),
                last == null ? null : last.risk().name(),
                last == null ? null : last.riskReasons(),
                flags,
                last == null ? null : last.supportWanted(),
                agreed == null ? null : agreed.channel().name(),
                agreed == null ? null : String.valueOf(agreed.everyDays()),
                last == null ? null : last.safeTimes(),
                last == null
                        ? List.of()
                        : last.refusedChannels().stream().map(Enum::name).toList(),
                last != null && last.noMessages() ? "yes" : null);
    }

    /**
     * The assessment to record when the page's rules allow it: every problem at once otherwise, a frequency that is
     * not a whole number among them ({@link NeedsAssessmentValidator} checks the rest, as for the API).
     */
    NeedsAssessment.Draft validated() {
        FormErrors typed = new FormErrors();
        Integer everyDays = ContactAgreementForm.days(updateEveryDays, "updateEveryDays", typed);
        Set<ContactChannel> refused = EnumSet.noneOf(ContactChannel.class);
        refusedChannels.stream()
                .map(value -> Options.option(ContactChannel.class, value))
                .filter(Objects::nonNull)
                .forEach(refused::add);
        NeedsAssessment.Draft draft = new NeedsAssessment.Draft(
                "yes".equals(interpreterNeeded) ? Boolean.TRUE : "no".equals(interpreterNeeded) ? Boolean.FALSE : null,
                language,
                adjustments,
                Options.option(RiskLevel.class, risk),
                riskReasons,
                flags.contains(VULNERABLE),
                flags.contains(INTIMIDATED),
                flags.contains(PERSISTENTLY_TARGETED),
                supportWanted,
                Options.option(ContactChannel.class, preferredChannel),
                typed.has("updateEveryDays") ? Integer.valueOf(1) : everyDays,
                safeTimes,
                refused,
                "yes".equals(noMessages));
        FormErrors errors = NeedsAssessmentValidator.problems(draft);
        typed.all().forEach(error -> errors.add(error.field(), error.message()));
        errors.throwIfAny();
        return draft;
    }
}
