package org.reassure.trials;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.reassure.care.Contact;
import org.reassure.care.ContactChannel;
import org.reassure.care.ContactOutcome;
import org.reassure.care.Contacts;
import org.reassure.care.TaskKind;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseProfile;
import org.reassure.casework.CaseProfiles;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.CaseWork;
import org.reassure.casework.Cases;
import org.reassure.casework.Classification;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.DemoData;
import org.reassure.platform.Formats;
import org.reassure.reporting.Satisfaction;
import org.reassure.reporting.VictimSatisfaction;

/**
 * One running trial in Ealing, secondary reassurance contact against usual care, registered by the demo analyst
 * 120 days ago. Every recorded demo crime in Ealing is enrolled through the real allocation; the Ealing
 * investigator then makes most SRC contacts in the SRC arm and records some withdrawals. The withdrawals are
 * synthetic, drawn with a risk of 31% with usual care (the Met's 2021/22 figure) and 24% with SRC, so the results
 * page has real numbers to show; the same seed gives the same story.
 */
@Component
class TrialsDemoData implements DemoData {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TrialsDemoData.class);

    static final String NAME = "Secondary reassurance contact in Ealing";

    private final Trials trials;
    private final Enrolments enrolments;
    private final Cases cases;
    private final CaseProfiles profiles;
    private final CaseWork caseWork;
    private final Contacts contacts;
    private final StaffAccounts accounts;
    private final Units units;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final VictimSatisfaction satisfaction;

    TrialsDemoData(
            Trials trials,
            Enrolments enrolments,
            Cases cases,
            CaseProfiles profiles,
            CaseWork caseWork,
            Contacts contacts,
            StaffAccounts accounts,
            Units units,
            JdbcClient jdbc,
            Clock clock,
            VictimSatisfaction satisfaction) {
        this.satisfaction = satisfaction;
        this.trials = trials;
        this.enrolments = enrolments;
        this.cases = cases;
        this.profiles = profiles;
        this.caseWork = caseWork;
        this.contacts = contacts;
        this.accounts = accounts;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        long began = System.nanoTime();
        Random random = new Random(8_2026L);
        Instant now = clock.instant();
        LocalDate today = now.atZone(Formats.UK).toLocalDate();
        StaffPrincipal analyst = accounts.principalOf("analyst");
        StaffPrincipal investigator = accounts.principalOf("investigator2");
        Trial trial = trials.create(analyst, plan(today));
        trials.start(analyst, trial.id());
        Instant started = now.minus(Duration.ofDays(120));
        jdbc.sql("UPDATE trial SET created_at = ?, started_at = ? WHERE id = ?")
                .params(Timestamp.from(started.minus(Duration.ofDays(3))), Timestamp.from(started), trial.id())
                .update();
        Trial running = trials.find(trial.id());

        Set<Long> ealing = units.subtree(units.findByCode("EAL").orElseThrow().id());
        List<String> references = cases.allFacts().stream()
                .filter(facts -> ealing.contains(facts.unitId()))
                .map(CaseFacts::reference)
                .toList();
        for (CaseProfile profile : profiles.of(references)) {
            if (profile.classification() != Classification.CRIME || profile.recordedAt() == null) {
                continue;
            }
            Optional<Arm> arm = enrolments.enrol(running, profile);
            if (arm.isEmpty()) {
                continue;
            }
            jdbc.sql("UPDATE trial_enrolment SET enrolled_at = ? WHERE trial_id = ? AND case_reference = ?")
                    .params(Timestamp.from(profile.recordedAt()), trial.id(), profile.reference())
                    .update();
            jdbc.sql("UPDATE trial_screening SET screened_at = ? WHERE trial_id = ? AND case_reference = ?")
                    .params(Timestamp.from(profile.recordedAt()), trial.id(), profile.reference())
                    .update();
            CaseStatus status = cases.statusOf(profile.reference());
            if ((status == CaseStatus.FINALISED || status == CaseStatus.CLOSED) && random.nextInt(10) < 7) {
                surveyed(profile, arm.get(), random, now);
            }
            boolean handledByInvestigator = status == CaseStatus.ALLOCATED || status == CaseStatus.UNDER_INVESTIGATION;
            if (!handledByInvestigator) {
                continue;
            }
            if (arm.get() == Arm.TREATMENT && random.nextInt(10) < 8) {
                Instant contact = profile.recordedAt().plus(Duration.ofDays(3 + random.nextInt(12)));
                if (contact.isBefore(now)) {
                    contacts.record(
                            investigator,
                            profile.reference(),
                            new Contact.New(
                                    TaskKind.SECONDARY_REASSURANCE,
                                    ContactChannel.PHONE,
                                    ContactOutcome.MADE,
                                    contact,
                                    "Neighbourhood officer called to check on the victim and explain what happens next."));
                }
            }
            double risk = arm.get() == Arm.TREATMENT ? 0.24 : 0.31;
            if (profile.withdrawnAt() == null && random.nextDouble() < risk) {
                Instant withdrew = profile.recordedAt().plus(Duration.ofHours(24 + random.nextInt(24 * 50)));
                if (withdrew.isBefore(now.minus(Duration.ofHours(1)))) {
                    caseWork.recordWithdrawal(investigator, profile.reference(), withdrew, pick(random));
                }
            }
        }
        log.info(
                "Demo trial: {} cases enrolled in {} ms",
                enrolments.screening(trial.id()).enrolled(),
                (System.nanoTime() - began) / 1_000_000);
    }

    /**
     * The victim's answers in a survey call after the case finished: satisfied with a chance of 62% with usual care
     * and 78% with SRC (invented for the demo), so the results page has a satisfaction outcome to show.
     */
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

    private static String pick(Random random) {
        List<String> reasons = List.of(
                "Worried about reprisals from neighbours",
                "Wants to move on and put it behind them",
                "Does not think anything will happen",
                "Did not want to go to court");
        return reasons.get(random.nextInt(reasons.size()));
    }

    private static MultiValueMap<String, String> plan(LocalDate today) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", NAME);
        form.add(
                "question",
                "Does a secondary reassurance contact from a neighbourhood officer, in the weeks after a hate crime is "
                        + "recorded, reduce the risk that the victim withdraws support for the investigation?");
        form.add("units", "EAL");
        LocalDate from = today.minusDays(120);
        LocalDate to = today.plusDays(120);
        form.add("from-day", String.valueOf(from.getDayOfMonth()));
        form.add("from-month", String.valueOf(from.getMonthValue()));
        form.add("from-year", String.valueOf(from.getYear()));
        form.add("to-day", String.valueOf(to.getDayOfMonth()));
        form.add("to-month", String.valueOf(to.getMonthValue()));
        form.add("to-year", String.valueOf(to.getYear()));
        form.add("controlRatio", "1");
        form.add("treatmentRatio", "1");
        form.add("stratifyStrand", "true");
        form.add("followUpDays", "60");
        form.add("positiveOutcome", "true");
        form.add("satisfactionOutcome", "true");
        form.add("targetSize", "250");
        form.add("controlRisk", "31");
        form.add("hopedRisk", "24");
        form.add("significance", "0.05");
        return form;
    }
}
