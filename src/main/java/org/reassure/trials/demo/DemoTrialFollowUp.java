package org.reassure.trials.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import org.reassure.care.Contact;
import org.reassure.care.ContactChannel;
import org.reassure.care.ContactOutcome;
import org.reassure.care.Contacts;
import org.reassure.care.TaskKind;
import org.reassure.casework.CaseProfile;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.CaseWork;
import org.reassure.casework.Cases;
import org.reassure.identity.StaffAccounts;
import org.reassure.reporting.Satisfaction;
import org.reassure.reporting.VictimSatisfaction;
import org.reassure.trials.internal.Arm;

/**
 * What happens to a demo trial case after enrolment: the Ealing investigator makes most SRC contacts in the SRC arm
 * and records some withdrawals, drawn with a risk of 31% with usual care (the Met's 2021/22 figure) and 24% with SRC;
 * victims of finished cases answer a survey call, satisfied with a chance of 62% with usual care and 78% with SRC
 * (invented for the demo).
 */
@Component
class DemoTrialFollowUp {

    private static final List<String> WITHDRAWAL_REASONS = List.of(
            "Worried about reprisals from neighbours",
            "Wants to move on and put it behind them",
            "Does not think anything will happen",
            "Did not want to go to court");

    private final Cases cases;
    private final CaseWork caseWork;
    private final Contacts contacts;
    private final VictimSatisfaction satisfaction;
    private final StaffAccounts accounts;

    DemoTrialFollowUp(
            Cases cases,
            CaseWork caseWork,
            Contacts contacts,
            VictimSatisfaction satisfaction,
            StaffAccounts accounts) {
        this.cases = cases;
        this.caseWork = caseWork;
        this.contacts = contacts;
        this.satisfaction = satisfaction;
        this.accounts = accounts;
    }

    /** Follows up one enrolled case, drawing from {@code random} in a fixed order so the demo tells the same story. */
    void followUp(CaseProfile profile, Arm arm, Random random, Instant now) {
        CaseStatus status = cases.statusOf(profile.reference());
        if ((status == CaseStatus.FINALISED || status == CaseStatus.CLOSED) && random.nextInt(10) < 7) {
            surveyed(profile, arm, random, now);
        }
        if (status != CaseStatus.ALLOCATED && status != CaseStatus.UNDER_INVESTIGATION) {
            return;
        }
        if (arm == Arm.TREATMENT && random.nextInt(10) < 8) {
            Instant contact = profile.recordedAt().plus(Duration.ofDays(3 + random.nextInt(12)));
            if (contact.isBefore(now)) {
                contacts.record(
                        accounts.principalOf("investigator2"),
                        profile.reference(),
                        new Contact.New(
                                TaskKind.SECONDARY_REASSURANCE,
                                ContactChannel.PHONE,
                                ContactOutcome.MADE,
                                contact,
                                "Neighbourhood officer called to check on the victim and explain what happens next."));
            }
        }
        double risk = arm == Arm.TREATMENT ? 0.24 : 0.31;
        if (profile.withdrawnAt() == null && random.nextDouble() < risk) {
            Instant withdrew = profile.recordedAt().plus(Duration.ofHours(24 + random.nextInt(24 * 50)));
            if (withdrew.isBefore(now.minus(Duration.ofHours(1)))) {
                caseWork.recordWithdrawal(
                        accounts.principalOf("investigator2"),
                        profile.reference(),
                        withdrew,
                        WITHDRAWAL_REASONS.get(random.nextInt(WITHDRAWAL_REASONS.size())));
            }
        }
    }

    /** The victim's answers in a survey call after the case finished. */
    private void surveyed(CaseProfile profile, Arm arm, Random random, Instant now) {
        boolean satisfied = random.nextDouble() < (arm == Arm.TREATMENT ? 0.78 : 0.62);
        Satisfaction[] scale = Satisfaction.values();
        Satisfaction overall = satisfied ? scale[random.nextInt(3)] : scale[3 + random.nextInt(4)];
        Instant asked = profile.receivedAt().plus(Duration.ofDays(25 + random.nextInt(20)));
        satisfaction.recordBySurvey(
                profile.reference(),
                new VictimSatisfaction.Given(overall.name(), overall.name(), null, null),
                VictimSatisfaction.Respondent.VICTIM,
                VictimSatisfaction.Channel.TELEPHONE,
                "callhandler",
                asked.isBefore(now) ? asked : now.minus(Duration.ofHours(1)));
    }
}
