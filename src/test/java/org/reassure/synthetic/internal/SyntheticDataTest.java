package org.reassure.synthetic.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.care.CareImport;
import org.reassure.casework.CaseDetail;
import org.reassure.casework.CaseFilter;
import org.reassure.casework.CaseImport;
import org.reassure.casework.CasePage;
import org.reassure.casework.Cases;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.CommandFailure;
import org.reassure.platform.ReassureProperties;
import org.reassure.synthetic.demo.SyntheticDemoData;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureProcess;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The generator against the published figures, on 20,000 cases loaded into the real tables in a transaction
 * that is rolled back afterwards (so the shared database keeps only the demo data set).
 */
@ReassureTest
class SyntheticDataTest {

    private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 1, 1);

    @LocalServerPort
    int port;

    @Autowired
    SyntheticData data;

    @Autowired
    WorldReader worlds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Cases cases;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ReassureProperties properties;

    @Autowired
    Environment environment;

    private <T> T rolledBack(Function<Long, T> work, Settings settings) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return work.apply(data.generate(settings, "test", done -> {}).runId());
        });
    }

    private double share(long run, String sql) {
        return jdbc.sql(sql).param(run).query(Double.class).single();
    }

    @Test
    void twenty_thousand_cases_match_the_published_proportions() {
        Settings settings = new Settings(20_000, 7, FROM, TO, 0.0, List.of(), null);
        rolledBack(
                run -> {
                    String ofRun = " FROM hate_case c JOIN synthetic_case s ON s.case_id = c.id WHERE s.run_id = ?";
                    assertThat(jdbc.sql("SELECT count(*)" + ofRun)
                                    .param(run)
                                    .query(Long.class)
                                    .single())
                            .isEqualTo(20_000);
                    assertThat(share(
                                    run,
                                    "SELECT avg((EXISTS (SELECT 1 FROM case_strand x WHERE x.case_id = c.id AND x.strand_code = 'RACE'))::int)"
                                            + ofRun))
                            .as("race")
                            .isCloseTo(82_490 / 115_990.0, within(0.015));
                    assertThat(share(
                                    run,
                                    "SELECT avg((EXISTS (SELECT 1 FROM case_strand x WHERE x.case_id = c.id AND x.strand_code = 'SEXUAL_ORIENTATION'))::int)"
                                            + ofRun))
                            .as("sexual orientation")
                            .isCloseTo(18_702 / 115_990.0, within(0.012));
                    assertThat(share(
                                    run,
                                    "SELECT avg((EXISTS (SELECT 1 FROM case_strand x WHERE x.case_id = c.id AND x.strand_code = 'DISABILITY'))::int)"
                                            + ofRun))
                            .as("disability")
                            .isCloseTo(10_224 / 115_990.0, within(0.01));
                    assertThat(share(
                                    run,
                                    "SELECT avg((EXISTS (SELECT 1 FROM case_strand x WHERE x.case_id = c.id AND x.strand_code = 'RELIGION'))::int)"
                                            + ofRun))
                            .as("religion")
                            .isCloseTo(7_164 / 115_990.0, within(0.008));
                    assertThat(share(
                                    run,
                                    "SELECT avg(((SELECT count(*) FROM case_strand x WHERE x.case_id = c.id) > 1)::int)"
                                            + ofRun))
                            .as("multi-strand")
                            .isBetween(0.05, 0.06);
                    assertThat(share(run, "SELECT avg((c.channel = 'ONLINE')::int)" + ofRun))
                            .as("online channel")
                            .isCloseTo(0.30, within(0.015));
                    assertThat(share(run, "SELECT avg((c.channel = 'PHONE')::int)" + ofRun))
                            .as("phone")
                            .isCloseTo(0.42, within(0.015));
                    assertThat(share(run, "SELECT avg((c.channel IN ('THIRD_PARTY', 'KIOSK'))::int)" + ofRun))
                            .as("third party and kiosk")
                            .isCloseTo(0.14, within(0.012));
                    String crimes = ofRun + " AND c.classification = 'CRIME'";
                    assertThat(share(run, "SELECT avg((c.status = 'FINALISED')::int)" + crimes))
                            .as("nearly all finalised")
                            .isGreaterThan(0.97);
                    assertThat(share(
                                    run,
                                    "SELECT avg((c.outcome_code IN (14, 16) AND c.withdrawn_at IS NOT NULL)::int)"
                                            + crimes + " AND c.status = 'FINALISED'"))
                            .as("withdrawn")
                            .isCloseTo(1 / 3.0, within(0.02));
                    assertThat(share(
                                    run,
                                    "SELECT avg((c.outcome_code = 1)::int)" + crimes + " AND c.status = 'FINALISED'"))
                            .as("charge rate")
                            .isCloseTo(0.07, within(0.01));
                    assertThat(share(
                                    run,
                                    "SELECT avg((o.offence_group = 'PUBLIC_ORDER')::int)"
                                            + crimes.replace(
                                                    "WHERE", "JOIN offence o ON o.code = c.offence_code WHERE")))
                            .as("public order")
                            .isCloseTo(0.51, within(0.02));
                    assertThat(jdbc.sql("SELECT r.category"
                                            + ofRun.replace("WHERE", "JOIN case_religion r ON r.case_id = c.id WHERE")
                                            + " GROUP BY r.category ORDER BY count(*) DESC LIMIT 2")
                                    .param(run)
                                    .query(String.class)
                                    .list())
                            .as("the two largest religion sub-categories")
                            .containsExactlyInAnyOrder("ANTI_MUSLIM", "ANTI_JEWISH");
                    assertThat(share(
                                    run,
                                    "SELECT avg((EXISTS (SELECT 1 FROM case_flag f WHERE f.case_id = c.id AND f.flag = 'REPEAT_VICTIM'))::int)"
                                            + ofRun))
                            .as("repeat victims")
                            .isBetween(0.03, 0.12);
                    assertThat(share(
                                    run,
                                    "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.finalised_at - c.received_at) / 86400)"
                                            + crimes))
                            .as("median days to outcome")
                            .isBetween(20.0, 60.0);
                    assertThat(share(run, """
                    SELECT avg((t.completed_at - t.started_at <= interval '24 hours')::int) FROM care_task t
                    JOIN hate_case c ON c.reference = t.case_reference JOIN synthetic_case s ON s.case_id = c.id
                    WHERE s.run_id = ? AND t.kind = 'FIRST_CONTACT' AND t.status = 'DONE'"""))
                            .as("first contact within 24 hours")
                            .isBetween(0.9, 0.97);
                    // Summer is busier than winter, and the week's busiest day is Saturday.
                    assertThat(share(
                                    run,
                                    "SELECT avg((extract(month FROM c.received_at) = 7)::int) / avg((extract(month FROM c.received_at) = 1)::int)"
                                            + ofRun))
                            .isGreaterThan(1.2);
                    assertThat(jdbc.sql(
                                            "SELECT count(*) FROM audit_event WHERE record_type = 'synthetic-run' AND record_id = ?")
                                    .param(Long.toString(run))
                                    .query(Long.class)
                                    .single())
                            .as("one audit entry for the run")
                            .isEqualTo(1);
                    return null;
                },
                settings);
    }

    @Test
    void the_randomised_src_effect_can_be_recovered_from_the_stored_arms_and_withdrawals() {
        Settings settings = new Settings(10_000, 11, FROM, TO, 0.4, List.of(), null);
        rolledBack(
                run -> {
                    // Withdrawals per day at risk after randomisation, by arm: the hazard ratio should be 1 - 0.4.
                    String rate = """
                    SELECT sum((c.withdrawn_at IS NOT NULL)::int)
                           / sum(extract(epoch FROM coalesce(c.withdrawn_at, c.finalised_at, now()) - s.randomised_at) / 86400)
                    FROM synthetic_case s JOIN hate_case c ON c.id = s.case_id WHERE s.run_id = ? AND s.src_arm = ?""";
                    double treated = jdbc.sql(rate)
                            .params(run, "TREATMENT")
                            .query(Double.class)
                            .single();
                    double control = jdbc.sql(rate)
                            .params(run, "CONTROL")
                            .query(Double.class)
                            .single();
                    assertThat(treated / control).isCloseTo(0.6, within(0.1));
                    long arms = jdbc.sql("SELECT count(DISTINCT src_arm) FROM synthetic_case WHERE run_id = ?")
                            .param(run)
                            .query(Long.class)
                            .single();
                    assertThat(arms).isEqualTo(2);
                    assertThat(
                                    share(
                                            run,
                                            "SELECT avg((src_arm = 'TREATMENT')::int) FROM synthetic_case WHERE src_arm IS NOT NULL AND run_id = ?"))
                            .as("1:1")
                            .isCloseTo(0.5, within(0.025));
                    // Every treated case, and no control case, has a secondary reassurance contact that was made.
                    assertThat(jdbc.sql("""
                    SELECT count(*) FROM synthetic_case s JOIN hate_case c ON c.id = s.case_id WHERE s.run_id = ?
                      AND (s.src_arm = 'TREATMENT') <> EXISTS (SELECT 1 FROM care_contact k WHERE k.case_reference = c.reference
                                                               AND k.kind = 'SECONDARY_REASSURANCE' AND k.outcome = 'MADE')
                      AND s.src_arm IS NOT NULL""").param(run).query(Long.class).single())
                            .isZero();
                    return null;
                },
                settings);
    }

    @Test
    void an_injected_spike_shows_in_its_strand_and_a_unit_scope_keeps_cases_in_that_borough() {
        Settings settings = new Settings(
                5_000,
                5,
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 1, 1),
                0.0,
                List.of(new Settings.Spike(LocalDate.of(2023, 6, 1), "DISABILITY", 6.0, 10)),
                "EAL");
        rolledBack(
                run -> {
                    String perDay = """
                    SELECT count(*) / ?::float FROM hate_case c JOIN synthetic_case s ON s.case_id = c.id
                    JOIN case_strand x ON x.case_id = c.id AND x.strand_code = 'DISABILITY'
                    WHERE s.run_id = ? AND c.received_at >= ?::date AND c.received_at < ?::date""";
                    double during = jdbc.sql(perDay)
                            .params(5, run, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 6))
                            .query(Double.class)
                            .single();
                    double before = jdbc.sql(perDay)
                            .params(61, run, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 1))
                            .query(Double.class)
                            .single();
                    assertThat(during).isGreaterThan(3 * before);
                    assertThat(jdbc.sql("""
                    SELECT DISTINCT u.code FROM hate_case c JOIN synthetic_case s ON s.case_id = c.id JOIN unit u ON u.id = c.unit_id
                    WHERE s.run_id = ?""").param(run).query(String.class).list())
                            .isNotEmpty()
                            .allMatch(code -> code.startsWith("EAL"));
                    return null;
                },
                settings);
    }

    @Test
    void the_same_seed_gives_the_same_data_and_another_seed_does_not() throws Exception {
        Settings settings = new Settings(3_000, 42, FROM, TO, 0.3, Settings.publishedEvents(), null);
        Instant asOf = Instant.parse("2025-06-01T00:00:00Z");
        String first = digest(settings, asOf);
        assertThat(digest(settings, asOf)).isEqualTo(first);
        assertThat(digest(new Settings(3_000, 43, FROM, TO, 0.3, Settings.publishedEvents(), null), asOf))
                .isNotEqualTo(first);
    }

    @Test
    void the_same_seed_can_be_loaded_twice_into_one_database_with_new_references() {
        Settings settings = new Settings(300, 42, FROM, TO, 0.3, List.of(), null);
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long first = data.generate(settings, "test", done -> {}).runId();
            long second = data.generate(settings, "test", done -> {}).runId();
            String accounts =
                    "SELECT string_agg(c.account || c.received_at, '|' ORDER BY c.received_at, c.account) FROM hate_case c "
                            + "JOIN synthetic_case s ON s.case_id = c.id WHERE s.run_id = ?";
            assertThat(jdbc.sql(accounts).param(second).query(String.class).single())
                    .isEqualTo(
                            jdbc.sql(accounts).param(first).query(String.class).single());
            assertThat(jdbc.sql(
                                    "SELECT count(DISTINCT c.reference) FROM hate_case c JOIN synthetic_case s ON s.case_id = c.id WHERE s.run_id IN (?, ?)")
                            .params(first, second)
                            .query(Long.class)
                            .single())
                    .isEqualTo(600);
        });
    }

    private String digest(Settings settings, Instant asOf) throws Exception {
        World world = worlds.read(settings, 999, asOf);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Handover digest = new Handover() {
            @Override
            public void add(CaseImport.Row row) {
                sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void add(CareImport.Row row) {
                sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void generated(UUID caseId, String arm, Instant randomisedAt) {
                sha.update((caseId + " " + arm + " " + randomisedAt).getBytes(StandardCharsets.UTF_8));
            }
        };
        new CaseGenerator(settings, world, digest).run(done -> {});
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void the_demo_history_is_loaded_and_shows_through_the_case_api_and_pages() {
        long demo = jdbc.sql("SELECT count(*) FROM synthetic_case")
                .query(Long.class)
                .single();
        assertThat(demo).isGreaterThanOrEqualTo(SyntheticDemoData.CASES);
        StaffPrincipal supervisor = Principals.of(accounts, "supervisor");
        CasePage page = cases.visibleTo(supervisor, new CaseFilter(null, null, null, "SY", null, null), 1);
        assertThat(page.total()).isPositive();
        String reference = jdbc.sql("""
                SELECT c.reference FROM hate_case c JOIN synthetic_case s ON s.case_id = c.id JOIN unit u ON u.id = c.unit_id
                WHERE u.code = 'HNS-CSU' AND s.src_arm = 'TREATMENT' AND NOT c.anonymous AND NOT c.restricted AND c.status = 'FINALISED'
                ORDER BY c.reference LIMIT 1""").query(String.class).single();
        CaseDetail detail = cases.view(supervisor, reference, null);
        assertThat(detail.reference()).startsWith("SY");
        assertThat(detail.outcomeCode()).isNotNull();
        assertThat(detail.history()).isNotEmpty();
        assertThat(detail.account()).startsWith("Synthetic case:");

        Browser browser = new Browser(port).signedInAs("supervisor");
        Browser.Page casePage = browser.get("/cases/" + reference);
        assertThat(casePage.status()).isEqualTo(200);
        assertThat(casePage.body()).contains(reference, "Example-", "Secondary reassurance contact");
    }

    @Test
    void bad_settings_are_refused_with_a_message_naming_the_option() {
        GenerateCommand command = new GenerateCommand(data, properties, environment);
        command.cases = -5;
        command.years = 3;
        assertThatThrownBy(() -> command.settings(LocalDate.of(2026, 1, 1)))
                .isInstanceOf(CommandFailure.class)
                .hasMessageContaining("--cases: give a number of cases from 1 to 10,000,000");
        command.cases = 10;
        command.spike = List.of("2024-07-30:NOTHING:2:5");
        assertThatThrownBy(() -> command.settings(LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("--spike: the strand must be one of");
        command.spike = List.of();
        command.from = "2019-01-01";
        command.to = "2020-01-01";
        assertThatThrownBy(() -> transaction.execute(status -> {
                    status.setRollbackOnly();
                    return command.call();
                }))
                .isInstanceOf(CommandFailure.class)
                .hasMessageContaining("cases that were not generated");
        command.allowExisting = true;
        assertThatThrownBy(() -> transaction.execute(status -> {
                    status.setRollbackOnly();
                    return command.call();
                }))
                .isInstanceOf(CommandFailure.class)
                .satisfies(Texts.says("--from: Victim care rules start on 2021-04-01"));
    }

    @Test
    void zero_cases_on_the_command_line_is_a_clear_message_and_a_non_zero_exit() {
        ReassureProcess.Result result =
                ReassureProcess.run(ReassureProcess.sameDatabase(), null, "generate", "--cases", "0");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr())
                .contains("--cases: give a number of cases from 1 to 10,000,000 (you gave 0)")
                .doesNotContain("Exception", "\tat ");
    }
}
