package org.reassure.trials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Units;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Tokens;
import org.reassure.trials.demo.TrialsDemoData;
import org.reassure.trials.internal.Arm;
import org.reassure.trials.internal.Enrolments;
import org.reassure.trials.internal.TrialResults;
import org.reassure.trials.internal.statistics.ObservationsCsv;
import org.reassure.trials.internal.statistics.TrialAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/** The trial pages as an analyst and a supervisor use them. */
@ReassureTest
class TrialPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Units units;

    @Autowired
    AuditLog audit;

    @Autowired
    Enrolments enrolments;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Test
    void an_analyst_registers_a_trial_sees_its_power_and_once_started_changes_the_plan_only_with_a_reason() {
        Browser browser = new Browser(port).signedInAs("analyst");
        Browser.Page empty = browser.post("/trials/new", Map.of("name", "Half a plan"));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body())
                .contains(
                        "There is a problem",
                        "Enter the question the trial answers",
                        "href=\"#question\"",
                        "value=\"Half a plan\"",
                        "Enter the first day cases are enrolled as a real date");

        String team = TrialFixtures.newTeam(units);
        Map<String, String> form = single(TrialFixtures.posted("Pages " + team, team));
        Browser.Page created = browser.post("/trials/new", form);
        assertThat(created.status()).isEqualTo(302);
        String path = created.location().replaceAll("^https?://[^/]+", "");
        assertThat(path).matches("/trials/\\d+");
        Browser.Page draft = browser.get(path);
        // power.prop.test(n = 125, p1 = 0.31, p2 = 0.24)$power = 0.2349; n for 80% power = 637.54 a side
        assertThat(draft.body())
                .contains("Draft", "from 31% to 24% at the 0.05 level: 23%", "80% power needs 1276 cases");

        assertThat(browser.post(path + "/start", Map.of()).status()).isEqualTo(302);
        form.put("followUpDays", "120");
        Browser.Page refused = browser.post(path + "/edit", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("There is a problem", "give the reason for this change", "href=\"#reason\"");
        long id = Long.parseLong(path.substring("/trials/".length()));
        assertThat(jdbc.sql("SELECT follow_up_days FROM trial WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(90);

        form.put("reason", "Home Office outcomes arrive later than we planned for");
        Browser.Page changed = browser.post(path + "/edit", form);
        assertThat(changed.status()).isEqualTo(302);
        Browser.Page results = browser.get(path + "/results");
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body())
                .contains("Follow-up window (days): 90 → 120", "Home Office outcomes arrive later than we planned for");

        form.put("treatmentRatio", "2");
        Browser.Page ratio = browser.post(path + "/edit", form);
        assertThat(ratio.body()).contains("cannot change once cases are being allocated");
        assertThat(jdbc.sql("SELECT treatment_ratio FROM trial WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        Browser.Page noReason = browser.post(path + "/stop", Map.of("reason", " "));
        assertThat(noReason.body()).contains("There is a problem", "Give the reason for stopping the trial");
        assertThat(browser.post(path + "/stop", Map.of("reason", "Enough cases for the interim analysis"))
                        .status())
                .isEqualTo(302);
        assertThat(browser.get(path + "/results").body())
                .contains("Enrolment stopped", "Enough cases for the interim analysis");
    }

    @Test
    void supervisors_read_trials_but_cannot_register_them_and_investigators_cannot_see_them() {
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        assertThat(supervisor.get("/trials").status()).isEqualTo(200);
        assertThat(supervisor.get("/trials").body())
                .contains(TrialsDemoData.NAME)
                .doesNotContain("Register a trial");
        assertThat(supervisor.get("/trials/new").status()).isEqualTo(403);
        assertThat(new Browser(port).signedInAs("investigator").get("/trials").status())
                .isEqualTo(403);
        Api.Response api =
                new Api(port).get("/api/v1/trials/1/enrolments", Tokens.of(tokens, accounts, "investigator"));
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_demo_trial_shows_its_flow_effects_and_plot_and_the_analysis_data_reproduce_them_without_references()
            throws IOException {
        long id = jdbc.sql("SELECT id FROM trial WHERE name = ?")
                .param(TrialsDemoData.NAME)
                .query(Long.class)
                .single();
        Browser browser = new Browser(port).signedInAs("analyst");
        Browser.Page results = browser.get("/trials/" + id + "/results");
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body())
                .contains(
                        "Flow of cases",
                        "Enrolled and allocated",
                        "Received a secondary reassurance contact",
                        "Risk ratio (relative)",
                        "Risk difference (absolute)",
                        "Number needed to treat",
                        "Efron",
                        "Log-rank test",
                        "role=\"img\"",
                        "<title id=\"km-title\">",
                        "<desc id=\"km-desc\">",
                        "Kaplan-Meier estimate, usual care",
                        "Balance of the arms at enrolment",
                        "Strand: Race");

        Browser.Page csv = browser.get("/trials/" + id + "/analysis.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("time,event,arm,");
        enrolments
                .forTrial(Principals.of(accounts, "analyst"), id)
                .forEach(enrolment -> assertThat(csv.body()).doesNotContain(enrolment.caseReference()));
        TrialAnalysis analysis =
                TrialAnalysis.of(ObservationsCsv.read(new BufferedReader(new StringReader(csv.body()))));
        assertThat(analysis.risks().controlCases() + analysis.risks().treatmentCases())
                .isGreaterThanOrEqualTo(10);
        assertThat(results.body())
                .contains(
                        ">" + String.format(Locale.UK, "%.3f", analysis.risks().riskRatio()) + "<");
        assertThat(audit.forRecord("trial-analysis-data", String.valueOf(id)))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.DISCLOSURE));
    }

    @Test
    void the_demo_trial_compares_victim_satisfaction_among_those_who_answered_with_the_response_in_each_arm() {
        long id = jdbc.sql("SELECT id FROM trial WHERE name = ?")
                .param(TrialsDemoData.NAME)
                .query(Long.class)
                .single();
        Browser browser = new Browser(port).signedInAs("analyst");
        assertThat(browser.get("/trials/" + id).body())
                .contains("Victim satisfaction (satisfied overall, among victims who answer)");
        String csv = browser.get("/trials/" + id + "/analysis.csv").body();
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        int arm = header.indexOf("arm");
        int satisfied = header.indexOf("satisfied");
        assertThat(satisfied).isEqualTo(header.size() - 1);
        int[] cases = new int[2];
        int[] answered = new int[2];
        int[] yes = new int[2];
        csv.lines().skip(1).map(line -> line.split(",", -1)).forEach(row -> {
            int a = "treatment".equals(row[arm]) ? 1 : 0;
            cases[a]++;
            if (!row[satisfied].isEmpty()) {
                answered[a]++;
                yes[a] += Integer.parseInt(row[satisfied]);
            }
        });
        assertThat(answered[0]).as("demo victims in usual care answered").isPositive();
        assertThat(answered[1]).as("demo victims with SRC answered").isPositive();
        String results = browser.get("/trials/" + id + "/results").body();
        assertThat(results)
                .contains(
                        "Secondary outcome: victim satisfaction",
                        "Only those who answer are counted",
                        answered[0] + " (" + Math.round(100.0 * answered[0] / cases[0]) + "%)",
                        answered[1] + " (" + Math.round(100.0 * answered[1] / cases[1]) + "%)",
                        yes[0] + " (" + String.format(Locale.UK, "%.1f", 100.0 * yes[0] / answered[0]) + "%)",
                        yes[1] + " (" + String.format(Locale.UK, "%.1f", 100.0 * yes[1] / answered[1]) + "%)",
                        "Difference in the share satisfied (SRC minus usual care): "
                                + String.format(
                                        Locale.UK,
                                        "%.1f",
                                        100.0 * ((double) yes[1] / answered[1] - (double) yes[0] / answered[0])));
    }

    @Test
    void satisfaction_is_compared_only_among_victims_who_answered_and_not_before_both_arms_have() {
        List<TrialResults.AnalysedCase> cases = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cases.add(analysed(Arm.CONTROL, i < 3 ? Boolean.TRUE : i < 6 ? Boolean.FALSE : null));
            cases.add(analysed(Arm.TREATMENT, i < 6 ? Boolean.TRUE : i < 8 ? Boolean.FALSE : null));
        }
        TrialResults.SatisfactionOutcome outcome = TrialResults.satisfactionOutcome(cases);
        assertThat(outcome.controlAnswered()).isEqualTo(6);
        assertThat(outcome.treatmentAnswered()).isEqualTo(8);
        assertThat(outcome.controlResponse()).isEqualTo("60%");
        assertThat(outcome.comparison().controlRisk()).isEqualTo(0.5);
        assertThat(outcome.comparison().treatmentRisk()).isEqualTo(0.75);
        assertThat(outcome.comparison().riskRatio()).isCloseTo(1.5, Offset.offset(1e-12));
        List<TrialResults.AnalysedCase> oneArm = cases.stream()
                .filter(c -> c.arm() == Arm.TREATMENT || c.satisfied() == null)
                .toList();
        assertThat(TrialResults.satisfactionOutcome(oneArm).comparison()).isNull();
    }

    private static TrialResults.AnalysedCase analysed(Arm arm, Boolean satisfied) {
        return new TrialResults.AnalysedCase(
                30, false, arm, "RACE", "HNS-CSU", "ONLINE", "RACE", false, true, false, false, satisfied);
    }

    private static Map<String, String> single(Map<String, String> values) {
        return new HashMap<>(values);
    }
}
