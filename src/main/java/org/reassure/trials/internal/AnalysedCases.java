package org.reassure.trials.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.reassure.care.ReassuranceContacts;
import org.reassure.casework.CaseProfile;
import org.reassure.casework.CaseProfiles;
import org.reassure.reporting.VictimSatisfaction;

/**
 * The enrolled cases of a trial as the analysis reads them. Time runs in whole days from the recording decision (when
 * the case was enrolled) to victim withdrawal: a recorded withdrawal, or a Home Office outcome 14 or 16 (victim does
 * not support action), whichever came first; a case with neither is censored at the end of the follow-up window, or
 * today while the window is still open.
 */
@Component
class AnalysedCases {

    static final Set<Integer> WITHDRAWAL_OUTCOMES = Set.of(14, 16);
    static final Set<Integer> POSITIVE_OUTCOMES = Set.of(1, 2, 3, 4, 5, 6, 8, 9, 10, 22);

    private final Enrolments enrolments;
    private final CaseProfiles profiles;
    private final ReassuranceContacts contacts;
    private final VictimSatisfaction satisfaction;
    private final Clock clock;

    AnalysedCases(
            Enrolments enrolments,
            CaseProfiles profiles,
            ReassuranceContacts contacts,
            VictimSatisfaction satisfaction,
            Clock clock) {
        this.enrolments = enrolments;
        this.profiles = profiles;
        this.contacts = contacts;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    List<TrialResults.AnalysedCase> of(Trial trial) {
        List<Enrolments.Enrolment> enrolled = enrolments.forTrial(trial.id());
        Map<String, CaseProfile> byReference =
                profiles
                        .of(enrolled.stream()
                                .map(Enrolments.Enrolment::caseReference)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(CaseProfile::reference, Function.identity()));
        Map<String, VictimSatisfaction.Answers> answers = satisfaction.of(byReference.keySet());
        Instant now = clock.instant();
        List<TrialResults.AnalysedCase> cases = new ArrayList<>();
        for (Enrolments.Enrolment enrolment : enrolled) {
            CaseProfile profile = byReference.get(enrolment.caseReference());
            if (profile == null) {
                continue;
            }
            Instant origin = profile.recordedAt() == null ? enrolment.enrolledAt() : profile.recordedAt();
            Instant windowEnd = origin.plus(Duration.ofDays(trial.followUpDays()));
            Instant withdrawal = withdrawal(profile);
            boolean event = withdrawal != null && !withdrawal.isAfter(windowEnd) && !withdrawal.isAfter(now);
            Instant end = event ? withdrawal : (windowEnd.isBefore(now) ? windowEnd : now);
            long days = Math.max(0, Duration.between(origin, end).toDays());
            boolean positive = profile.outcomeCode() != null
                    && POSITIVE_OUTCOMES.contains(profile.outcomeCode())
                    && profile.finalisedAt() != null
                    && !profile.finalisedAt().isAfter(windowEnd);
            cases.add(new TrialResults.AnalysedCase(
                    days,
                    event,
                    enrolment.arm(),
                    enrolment.stratum(),
                    enrolment.unitCode(),
                    enrolment.channel(),
                    enrolment.strands(),
                    enrolment.repeatVictim(),
                    event || !windowEnd.isAfter(now),
                    positive,
                    contacts.received(enrolment.caseReference()),
                    satisfied(answers.get(enrolment.caseReference()))));
        }
        return cases;
    }

    /** Whether the victim was satisfied overall; null when nobody answered for them (a witness's answers are not theirs). */
    private static Boolean satisfied(VictimSatisfaction.Answers answers) {
        return answers == null || !answers.respondent().speaksForVictim() ? null : answers.satisfied();
    }

    /** The first sign the victim withdrew: a recorded withdrawal, or an outcome 14 or 16. */
    static Instant withdrawal(CaseProfile profile) {
        Instant withdrawn = profile.withdrawnAt();
        if (profile.outcomeCode() != null
                && WITHDRAWAL_OUTCOMES.contains(profile.outcomeCode())
                && profile.finalisedAt() != null
                && (withdrawn == null || profile.finalisedAt().isBefore(withdrawn))) {
            withdrawn = profile.finalisedAt();
        }
        return withdrawn;
    }
}
