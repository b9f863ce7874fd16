package org.reassure.care.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.reassure.care.Contact;
import org.reassure.care.ContactChannel;
import org.reassure.care.ContactOutcome;
import org.reassure.care.TaskKind;
import org.reassure.care.internal.ContactAgreements;
import org.reassure.care.internal.ContactLog;
import org.reassure.care.internal.NeedsAssessment;
import org.reassure.care.internal.NeedsAssessments;
import org.reassure.care.internal.RiskLevel;
import org.reassure.care.internal.SupportOfficers;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Units;
import org.reassure.platform.DemoData;

/**
 * Needs assessments (one of them high risk, waiting for a supervisor's review), contact warnings, a changed
 * update agreement and hate crime support officer assignments in Hounslow, for the demo cases. Runs after the care
 * tasks (order 40); the statements follow ({@link StatementsDemoData}).
 */
@Component
class CareNeedsDemoData implements DemoData {

    private static final List<String> SUPPORT = List.of(
            "A referral to a local support service",
            "Help to report online abuse to the platform",
            "A home visit rather than calls",
            "Information about the Victims' Code",
            "Advice on home security");

    private final Cases cases;
    private final Units units;
    private final NeedsAssessments assessments;
    private final ContactAgreements agreements;
    private final SupportOfficers supportOfficers;
    private final StaffAccounts accounts;
    private final Clock clock;
    private final ContactLog contacts;

    CareNeedsDemoData(
            Cases cases,
            Units units,
            NeedsAssessments assessments,
            ContactAgreements agreements,
            SupportOfficers supportOfficers,
            StaffAccounts accounts,
            Clock clock,
            ContactLog contacts) {
        this.contacts = contacts;
        this.cases = cases;
        this.units = units;
        this.assessments = assessments;
        this.agreements = agreements;
        this.supportOfficers = supportOfficers;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    public void load() {
        Random random = new Random(41);
        Instant now = clock.instant();
        Set<Long> hounslow = units.subtree(units.findByCode("HNS").orElseThrow().id());
        List<CaseFacts> assessed = cases.allFacts().stream()
                .filter(f -> f.status() != CaseStatus.REPORTED && f.status() != CaseStatus.CLOSED)
                .toList();
        boolean highRiskDone = false;
        int supported = 0;
        for (int i = 0; i < assessed.size(); i++) {
            CaseFacts facts = assessed.get(i);
            if (i % 3 == 2) {
                continue;
            }
            String by = facts.officerUsername() == null ? "supervisor" : facts.officerUsername();
            Instant at = facts.receivedAt().plus(Duration.ofHours(2 + random.nextInt(20)));
            if (at.isAfter(now)) {
                continue;
            }
            boolean high = !highRiskDone
                    && hounslow.contains(facts.unitId())
                    && facts.status() == CaseStatus.UNDER_INVESTIGATION;
            if (high) {
                // The newest assessment of this case finds a high risk, so a supervisor's review is waiting.
                assessments.record(
                        facts,
                        draft(RiskLevel.MEDIUM, "Abuse shouted at the victim twice in one week", random),
                        by,
                        at);
                assessments.record(
                        facts,
                        new NeedsAssessment.Draft(
                                true,
                                "pl",
                                null,
                                RiskLevel.HIGH,
                                "The people who abused the victim live next door and have threatened to come back",
                                true,
                                true,
                                true,
                                "A home visit and a referral to a local support service",
                                ContactChannel.IN_PERSON,
                                7,
                                "Weekdays 10am to 2pm only",
                                EnumSet.of(ContactChannel.PHONE, ContactChannel.LETTER),
                                true),
                        by,
                        now.minus(Duration.ofHours(3)));
                highRiskDone = true;
            } else {
                assessments.record(
                        facts,
                        draft(
                                random.nextInt(4) == 0 ? RiskLevel.MEDIUM : RiskLevel.STANDARD,
                                "Repeat incidents in the street",
                                random),
                        by,
                        at);
            }
            if (i == 4) {
                agreements.agree(
                        facts.reference(),
                        ContactChannel.EMAIL,
                        21,
                        "The victim asked for fewer calls while working away",
                        null,
                        by);
            }
            if (hounslow.contains(facts.unitId())
                    && supported < 6
                    && facts.status() != CaseStatus.FINALISED
                    && i % 2 == 0) {
                supportOfficers.assign(accounts.principalOf("supervisor"), facts.reference(), "supportofficer");
                if (supported == 0) {
                    // The support officer's first call is done, so the next follow-up is already due in a fortnight.
                    contacts.log(
                            facts,
                            new Contact.New(
                                    TaskKind.SUPPORT_FOLLOW_UP,
                                    ContactChannel.PHONE,
                                    ContactOutcome.MADE,
                                    clock.instant(),
                                    "Introduced myself as the support officer. The victim is sleeping better and would like a call every two weeks."),
                            "supportofficer");
                }
                supported++;
            }
        }
    }

    private static NeedsAssessment.Draft draft(RiskLevel risk, String reasons, Random random) {
        boolean interpreter = random.nextInt(6) == 0;
        Set<ContactChannel> refused =
                random.nextInt(5) == 0 ? EnumSet.of(ContactChannel.LETTER) : EnumSet.noneOf(ContactChannel.class);
        ContactChannel preferred = random.nextBoolean() ? ContactChannel.PHONE : ContactChannel.EMAIL;
        return new NeedsAssessment.Draft(
                interpreter,
                interpreter ? List.of("pl", "ur", "ar", "ro").get(random.nextInt(4)) : null,
                random.nextInt(8) == 0 ? "Easy Read letters" : null,
                risk,
                risk == RiskLevel.STANDARD ? null : reasons,
                random.nextInt(7) == 0,
                random.nextInt(6) == 0,
                random.nextInt(9) == 0,
                SUPPORT.get(random.nextInt(SUPPORT.size())),
                preferred,
                List.of(14, 28, 28, 21).get(random.nextInt(4)),
                random.nextInt(4) == 0 ? "After 6pm on weekdays" : null,
                refused,
                random.nextInt(6) == 0);
    }
}
