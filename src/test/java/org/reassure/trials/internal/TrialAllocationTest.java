package org.reassure.trials.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.audit.AuditLog;
import org.reassure.care.ReassuranceContacts;
import org.reassure.care.TaskKind;
import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.TaskStatus;
import org.reassure.casework.CaseEvents;
import org.reassure.casework.CaseProfile;
import org.reassure.casework.CaseProfiles;
import org.reassure.casework.CaseWork;
import org.reassure.casework.Cases;
import org.reassure.casework.Channel;
import org.reassure.casework.Classification;
import org.reassure.casework.RecordingDecision;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Texts;
import org.reassure.testing.Tokens;
import org.reassure.trials.TrialFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Concealed allocation in permuted blocks within strata, and the arm driving the secondary reassurance contact. */
@ReassureTest
class TrialAllocationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Units units;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Trials trials;

    @Autowired
    Enrolments enrolments;

    @Autowired
    EnrolmentListener listener;

    @Autowired
    Cases cases;

    @Autowired
    CaseProfiles profiles;

    @Autowired
    CaseWork caseWork;

    @Autowired
    CareTasks tasks;

    @Autowired
    ReassuranceContacts contacts;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    StaffPrincipal analyst;
    StaffPrincipal supervisor;

    @BeforeEach
    void people() {
        analyst = Principals.of(accounts, "analyst");
        supervisor = Principals.of(accounts, "supervisor");
    }

    @Test
    void a_recorded_case_is_enrolled_once_its_arm_shown_only_then_and_only_the_src_arm_gets_an_src_task() {
        String team = TrialFixtures.newTeam(units);
        Trial trial = trials.start(
                analyst,
                trials.create(analyst, TrialFixtures.plan("Enrolment " + team, team))
                        .id());
        String token = Tokens.of(tokens, accounts, "analyst");
        Api api = new Api(port);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            references.add(TestCases.newReport(jdbc, team));
        }
        for (String reference : references) {
            Api.Response before = api.get("/api/v1/trials/" + trial.id() + "/enrolments/" + reference, token);
            assertThat(before.status()).as("no arm before enrolment").isEqualTo(404);
            assertThat(before.body()).contains("is not enrolled").doesNotContain("CONTROL", "TREATMENT");
        }

        references.forEach(reference -> caseWork.record(
                supervisor,
                reference,
                new RecordingDecision(
                        Classification.CRIME,
                        "RA_HAD",
                        List.of("RACE"),
                        List.of(),
                        Set.of(),
                        "Racist abuse in the street",
                        null)));
        await().atMost(WAIT)
                .until(() -> enrolments.forTrial(analyst, trial.id()).size() == references.size());

        Map<String, Arm> arms = new HashMap<>();
        for (String reference : references) {
            Api.Response after = api.get("/api/v1/trials/" + trial.id() + "/enrolments/" + reference, token);
            assertThat(after.status()).isEqualTo(200);
            arms.put(reference, after.body().contains("\"arm\":\"TREATMENT\"") ? Arm.TREATMENT : Arm.CONTROL);
        }
        assertThat(arms.values())
                .as("one stratum of 8 in blocks of 2, 4 or 6 is never more than 3 apart")
                .filteredOn(arm -> arm == Arm.TREATMENT)
                .hasSizeBetween(1, 7);
        for (String reference : references) {
            List<CareTask> src = await().atMost(WAIT)
                    .until(() -> srcTasks(reference), list -> arms.get(reference) == Arm.CONTROL || !list.isEmpty());
            if (arms.get(reference) == Arm.TREATMENT) {
                assertThat(src).singleElement().satisfies(task -> {
                    assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
                    assertThat(task.dueAt()).isAfter(Instant.now().plus(Duration.ofDays(19)));
                });
                assertThat(contacts.directive(reference)).contains(ReassuranceContacts.Directive.REQUIRED);
            } else {
                assertThat(src)
                        .as("usual care: no secondary reassurance contact")
                        .isEmpty();
                assertThat(contacts.directive(reference)).contains(ReassuranceContacts.Directive.WITHHELD);
            }
            assertThat(audit.forRecord("trial-enrolment", trial.id() + "/" + reference))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.detail()).contains("Allocated to"));
        }

        // The event delivered again (a retry) enrols no one twice and starts no second task.
        String first = references.get(0);
        listener.on(new CaseEvents.CaseRecorded(
                first,
                Classification.CRIME,
                List.of("RACE"),
                Instant.now(),
                cases.facts(first).orElseThrow(),
                profiles.of(first).orElseThrow()));
        assertThat(enrolments.forTrial(analyst, trial.id())).hasSize(references.size());
        assertThat(srcTasks(first)).hasSize(arms.get(first) == Arm.TREATMENT ? 1 : 0);

        Browser.Page page = new Browser(port).signedInAs("analyst").get("/trials/" + trial.id() + "/enrolments");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(references.toArray(String[]::new));
        int shown = count(page.body(), ">Usual care<") + count(page.body(), ">Secondary reassurance contact<");
        assertThat(shown).as("an arm for each enrolled case and none more").isEqualTo(references.size());

        // The case page tells whoever works on the case which arm it is in, once enrolled.
        Browser analystPages = new Browser(port).signedInAs("analyst");
        for (String reference : references) {
            String casePage = analystPages.get("/cases/" + reference).body();
            assertThat(casePage)
                    .contains(
                            "id=\"trials-heading\"",
                            trial.name(),
                            Texts.english(arms.get(reference).label()));
            assertThat(casePage.contains("Do not make a secondary reassurance contact"))
                    .isEqualTo(arms.get(reference) == Arm.CONTROL);
        }
        assertThat(analystPages.get("/cases/" + TestCases.newReport(jdbc, team)).body())
                .as("not enrolled")
                .doesNotContain("trials-heading");
    }

    @Test
    void arms_balance_within_each_stratum_in_blocks_of_varying_size() {
        String teamA = TrialFixtures.newTeam(units);
        String teamB = TrialFixtures.newTeam(units);
        Trial trial = trials.start(
                analyst,
                trials.create(analyst, TrialFixtures.plan("Balance " + teamA, teamA, teamB))
                        .id());
        Map<String, List<Arm>> byStratum = new HashMap<>();
        for (int i = 0; i < 90; i++) {
            String team = i % 2 == 0 ? teamA : teamB;
            List<String> strands = i % 3 == 0 ? List.of("DISABILITY") : List.of("RACE");
            String reference = TestCases.newReport(jdbc, team);
            CaseProfile profile = new CaseProfile(
                    reference,
                    Instant.now(),
                    Instant.now(),
                    team,
                    Channel.ONLINE,
                    Classification.CRIME,
                    strands,
                    false,
                    null,
                    null,
                    null);
            Arm arm = transactions
                    .execute(status -> enrolments.enrol(trials.find(trial.id()), profile))
                    .orElseThrow();
            byStratum
                    .computeIfAbsent(Enrolments.stratum(trial, profile), key -> new ArrayList<>())
                    .add(arm);
        }
        assertThat(byStratum).hasSize(4);
        Set<Integer> blockSizes = new HashSet<>();
        jdbc.sql("SELECT DISTINCT stratum, block, block_size FROM trial_allocation_slot WHERE trial_id = ?")
                .param(trial.id())
                .query((rs, row) -> blockSizes.add(rs.getInt("block_size")))
                .list();
        assertThat(blockSizes)
                .as("block sizes vary, so the end of a block cannot be foreseen")
                .hasSizeGreaterThan(1)
                .allMatch(size -> size == 2 || size == 4 || size == 6);
        byStratum.forEach((stratum, arms) -> {
            int difference = 0;
            for (Arm arm : arms) {
                difference += arm == Arm.TREATMENT ? 1 : -1;
                assertThat(Math.abs(difference))
                        .as("imbalance within " + stratum)
                        .isLessThanOrEqualTo(3);
            }
        });
        int treated = jdbc.sql("SELECT count(*) FROM trial_enrolment WHERE trial_id = ? AND arm = 'TREATMENT'")
                .param(trial.id())
                .query(Integer.class)
                .single();
        assertThat(Math.abs(2 * treated - 90)).as("overall balance").isLessThanOrEqualTo(12);
        int drawn = jdbc.sql("SELECT count(*) FROM trial_allocation_slot WHERE trial_id = ?")
                .param(trial.id())
                .query(Integer.class)
                .single();
        assertThat(drawn)
                .as("slots are drawn a block at a time, ahead of the cases that take them")
                .isGreaterThanOrEqualTo(90);
        Api.Response listed = new Api(port)
                .get("/api/v1/trials/" + trial.id() + "/enrolments", Tokens.of(tokens, accounts, "supervisor"));
        assertThat(count(listed.body(), "\"arm\":"))
                .as("the API lists enrolled cases only")
                .isEqualTo(90);
    }

    @Test
    void a_case_outside_the_eligibility_is_screened_but_not_enrolled() {
        String team = TrialFixtures.newTeam(units);
        var plan = TrialFixtures.plan("Eligibility " + team, List.of("DISABILITY"), team);
        Trial trial = trials.start(analyst, trials.create(analyst, plan).id());
        String reference = TestCases.newReport(jdbc, team);
        caseWork.record(
                supervisor,
                reference,
                new RecordingDecision(
                        Classification.CRIME,
                        "RA_HAD",
                        List.of("RACE"),
                        List.of(),
                        Set.of(),
                        "Racist abuse in the street",
                        null));
        await().atMost(WAIT).until(() -> enrolments.screening(trial.id()).screened() == 1);
        assertThat(enrolments.screening(trial.id())).isEqualTo(new Enrolments.Screening(1, 0, 0));
        Browser.Page page = new Browser(port).signedInAs("analyst").get("/trials/" + trial.id());
        assertThat(page.body()).contains("No recorded case has matched the eligibility yet");
    }

    private List<CareTask> srcTasks(String reference) {
        return tasks.forCase(supervisor, reference).stream()
                .filter(task -> task.kind() == TaskKind.SECONDARY_REASSURANCE)
                .filter(task -> task.status() == TaskStatus.OPEN || task.status() == TaskStatus.OVERDUE)
                .toList();
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
