package org.reassure.spikes.internal;

import java.io.StringReader;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spike alerts through the service on case rows: a force of its own with two boroughs, one with a year
 * and a half of one racist incident a day and then eight a day for five days, the other flat; and who
 * sees the alert.
 */
@ReassureTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpikeAlertsTest {

    private static final String PASSWORD = "a-long-test-password-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Units units;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    SpikeChecks checks;

    @Autowired
    SpikeAlerts alerts;

    @Autowired
    SpikeHistory history;

    private String force;
    private LocalDate yesterday;

    @BeforeAll
    void aForceWithASpikeInOneBorough() {
        force = "SPK"
                + Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 100000, 36)
                        .toUpperCase();
        units.create(force, "Spike test force " + force, null);
        for (String borough : List.of("A", "B", "C")) {
            units.create(force + borough, "Borough " + borough + " of " + force, force);
            units.create(force + borough + "-SNT", "Neighbourhood team " + borough + " of " + force, force + borough);
        }
        account("analyst", Role.ANALYST, force);
        account("nbh-a", Role.NEIGHBOURHOOD_OFFICER, force + "A-SNT");
        account("nbh-b", Role.NEIGHBOURHOOD_OFFICER, force + "B-SNT");
        account("sup-b", Role.SUPERVISOR, force + "B");
        account("inv-a", Role.INVESTIGATOR, force + "A-SNT");
        yesterday = checks.today().minusDays(1);
        // One racist incident a day in A and B for 550 days; in A, eight a day for the last five. C has no cases at
        // all.
        for (int back = 550; back >= 1; back--) {
            LocalDate day = checks.today().minusDays(back);
            cases(force + "A", day, back <= 5 ? 8 : 1);
            cases(force + "B", day, 1);
        }
        checks.checkDays(yesterday.minusDays(4), yesterday, "test");
    }

    @Test
    void a_rise_raises_one_alert_with_its_evidence_and_checking_again_changes_nothing() {
        checks.checkDays(yesterday.minusDays(4), yesterday, "test");
        checks.checkDays(yesterday.minusDays(4), yesterday, "test");

        var analyst = Principals.of(accounts, username("analyst"));
        List<SpikeAlerts.Alert> seen = alerts.visibleTo(analyst);
        List<SpikeAlerts.Alert> inA =
                seen.stream().filter(a -> a.areaCode().equals(force + "A")).toList();
        assertThat(inA).hasSize(1);
        SpikeAlerts.Alert alert = inA.get(0);
        assertThat(alert.strand()).isEqualTo("RACE");
        assertThat(alert.ongoing()).isTrue();
        assertThat(alert.startedOn()).isEqualTo(yesterday.minusDays(4));
        assertThat(alert.raisedOn()).isEqualTo(yesterday.minusDays(4));
        // Still flagged on the last day checked (today so far, if an analyst has asked for a check).
        assertThat(alert.lastFlaggedOn()).isIn(yesterday, yesterday.plusDays(1));
        assertThat(alert.expected()).isBetween(0.8 * alert.windowDays(), 1.2 * alert.windowDays());
        assertThat(alert.observed()).isGreaterThanOrEqualTo(alert.threshold());
        // The force as a whole rises too; the flat borough does not.
        assertThat(seen).anyMatch(a -> a.areaCode().equals(force) && a.strand().equals("RACE"));
        assertThat(seen)
                .noneMatch(a -> a.areaCode().equals(force + "B") || a.areaCode().equals(force + "C"));
        assertThat(jdbc.sql("SELECT count(*) FROM spike_observation WHERE area_unit_id = ? AND day = ?")
                        .params(units.findByCode(force + "A").orElseThrow().id(), Date.valueOf(yesterday))
                        .query(Long.class)
                        .single())
                .as("one observation per strand, however often the day is checked")
                .isEqualTo(jdbc.sql("SELECT count(*) FROM strand WHERE active")
                        .query(Long.class)
                        .single());
    }

    @Test
    void the_area_teams_and_analysts_see_the_alert_and_no_one_else_does() {
        checks.checkDays(yesterday.minusDays(4), yesterday, "test");
        long id = alertIn(force + "A");

        Browser analyst = signIn("analyst");
        Browser.Page list = analyst.get("/spikes");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .contains(
                        "Spike alerts",
                        "Race or ethnicity</span>",
                        "Borough A of " + force,
                        "Ongoing",
                        "href=\"/spikes\"");
        Browser.Page page = analyst.get("/spikes/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Race or ethnicity</span> in <span>Borough A of " + force,
                        "Rising since",
                        "<svg",
                        "role=\"img\"",
                        "Cases each day and in the 7 days to it",
                        "Yes, the day",
                        "Acknowledge this alert")
                .doesNotContain("<script src");

        Browser.Page neighbourhood = signIn("nbh-a").get("/spikes/" + id);
        assertThat(neighbourhood.status()).isEqualTo(200);
        assertThat(neighbourhood.body()).contains("Rising since").doesNotContain("Acknowledge this alert");
        assertThat(signIn("nbh-b").get("/spikes/" + id).status()).isEqualTo(403);
        assertThat(signIn("nbh-b").get("/spikes").body()).doesNotContain("Borough A of " + force);
        assertThat(signIn("sup-b").get("/spikes/" + id).status()).isEqualTo(403);
        assertThat(signIn("inv-a").get("/spikes").status()).isEqualTo(403);
        assertThat(signIn("nbh-a").get("/spikes/999999999").status()).isEqualTo(404);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE record_type = 'spike-alert' AND record_id = ? AND outcome = 'DENIED'")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE record_type = 'spike-alert' AND record_id = ? AND outcome = 'ALLOWED'")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void an_analyst_acknowledges_with_a_note_and_an_empty_note_is_asked_for_again() {
        checks.checkDays(yesterday.minusDays(4), yesterday, "test");
        long id = alertIn(force);

        Browser neighbourhood = signIn("nbh-a");
        neighbourhood.get("/spikes");
        assertThat(neighbourhood
                        .post("/spikes/" + id + "/acknowledge", Map.of("note", "Seen"))
                        .status())
                .isEqualTo(403);

        Browser analyst = signIn("analyst");
        analyst.get("/spikes/" + id);
        Browser.Page empty = analyst.post("/spikes/" + id + "/acknowledge", Map.of("note", "  "));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body())
                .contains(
                        "There is a problem",
                        "href=\"#note\"",
                        "Enter a note saying what is being done about the rise");
        Browser.Page done =
                analyst.post("/spikes/" + id + "/acknowledge", Map.of("note", "Community tension assessment started"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(analyst.get("/spikes/" + id).body())
                .contains("Alert acknowledged", "Community tension assessment started", "Acknowledged");
        assertThat(analyst.post("/spikes/" + id + "/acknowledge", Map.of("note", "Again"))
                        .status())
                .isEqualTo(302);
        assertThat(analyst.get("/spikes/" + id).body()).contains("acknowledged already");
    }

    @Test
    void an_area_with_no_cases_says_there_is_not_enough_history_rather_than_failing() {
        checks.checkDays(yesterday, yesterday, "test");
        Browser analyst = signIn("analyst");
        Browser.Page levels = analyst.get("/spikes/levels?area=" + force + "C");
        assertThat(levels.status()).isEqualTo(200);
        assertThat(levels.body())
                .contains("Latest levels in", "Borough C of " + force, "Not enough history to set an expected level");
        Browser.Page flat = analyst.get("/spikes/levels?area=" + force + "B");
        assertThat(flat.body()).contains("Sex or gender").doesNotContain("Not enough history");
        Browser.Page unknown = analyst.get("/spikes/levels?area=NOSUCH");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).contains("There is a problem", "There is no area with the code NOSUCH");
        assertThat(signIn("nbh-b").get("/spikes/levels?area=" + force + "A").status())
                .isEqualTo(403);
    }

    @Test
    void an_analyst_checks_now_and_sees_how_many_series_were_checked() {
        Browser analyst = signIn("analyst");
        analyst.get("/spikes");
        Browser.Page checked = analyst.post("/spikes/check", Map.of());
        assertThat(checked.status()).isEqualTo(302);
        assertThat(analyst.get("/spikes").body()).contains("Checked ", "series for", "(today so far)");
        Browser neighbourhood = signIn("nbh-a");
        neighbourhood.get("/spikes");
        assertThat(neighbourhood.post("/spikes/check", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void the_daily_check_is_one_recurring_task_in_the_shared_clock_table() {
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?")
                        .param(SpikeClock.TASK_NAME)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void history_is_imported_only_for_days_before_the_first_case_and_bad_lines_are_named() {
        assertThatThrownBy(() -> history.importCsv(new StringReader("when,where\n")))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("day,unit,strand,cases"));
        assertThatThrownBy(() -> history.importCsv(
                        new StringReader("day,unit,strand,cases\n2020-01-01," + force + "C,NOSUCH,3\n")))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("Line 2: there is no strand with the code NOSUCH"));
        assertThatThrownBy(() -> history.importCsv(
                        new StringReader("day,unit,strand,cases\n2020-01-01," + force + "C,RACE,-1\n")))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("cannot be negative"));
        assertThatThrownBy(() -> history.importCsv(
                        new StringReader("day,unit,strand,cases\n" + yesterday + "," + force + "C,RACE,1\n")))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("only be imported for days before the first case"));
    }

    private long alertIn(String area) {
        return alerts.visibleTo(Principals.of(accounts, username("analyst"))).stream()
                .filter(a -> a.areaCode().equals(area))
                .filter(a -> a.strand().equals("RACE"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void cases(String unitCode, LocalDate day, int count) {
        long unitId = units.findByCode(unitCode).orElseThrow().id();
        Timestamp at =
                Timestamp.from(day.atTime(LocalTime.NOON).atZone(Formats.UK).toInstant());
        jdbc.sql("""
                WITH c AS (
                    INSERT INTO hate_case (id, reference, status, channel, received_at, unit_id, account, perceived_by)
                    SELECT gen_random_uuid(), ? || '-' || ? || '-' || g, 'REPORTED', 'PHONE', ?, ?, 'Synthetic test report', 'VICTIM'
                    FROM generate_series(1, ?) g RETURNING id)
                INSERT INTO case_strand (case_id, strand_code) SELECT id, 'RACE' FROM c""").params(unitCode, day.toString(), at, unitId, count).update();
    }

    private void account(String name, Role role, String unit) {
        accounts.create(username(name), "Spike " + name, List.of(role), unit, PASSWORD);
    }

    private String username(String name) {
        return force.toLowerCase() + "." + name;
    }

    private Browser signIn(String name) {
        return new Browser(port).signedInAs(username(name), PASSWORD);
    }
}
