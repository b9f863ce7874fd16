package org.reassure.care;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.Compliance;
import org.reassure.care.internal.RuleCodes;
import org.reassure.care.internal.TaskStatus;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** My work, the case's care section and contact form, and the compliance figures, with JavaScript off. */
@ReassureTest
class CarePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CareTasks tasks;

    @Autowired
    Cases cases;

    @Autowired
    Units units;

    @Autowired
    Compliance compliance;

    @Autowired
    StaffAccounts accounts;

    @Test
    void my_work_shows_overdue_and_coming_up_tasks_and_the_supervisor_sees_the_escalation() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        jdbc.sql(
                        "UPDATE hate_case SET officer_id = (SELECT id FROM staff_user WHERE username = 'investigator') WHERE reference = ?")
                .param(ref)
                .update();
        CaseFacts facts = cases.facts(ref).orElseThrow();
        UUID late = tasks.start(
                        facts,
                        TaskKind.FIRST_CONTACT,
                        "report",
                        RuleCodes.FIRST_CONTACT,
                        Instant.now().minus(Duration.ofHours(30)))
                .orElseThrow();
        tasks.start(facts, TaskKind.REFERRAL, "report", RuleCodes.REFERRAL, Instant.now());
        UUID soon = tasks.start(
                        facts,
                        TaskKind.NEEDS_ASSESSMENT,
                        "report",
                        RuleCodes.NEEDS_ASSESSMENT,
                        Instant.now().minus(Duration.ofHours(23)))
                .orElseThrow();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT count(*) FROM care_alert WHERE task_id = ? AND kind = 'REMINDER'")
                                .param(soon)
                                .query(Long.class)
                                .single()
                        == 1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> tasks.find(late).orElseThrow().status() == TaskStatus.OVERDUE);

        Browser.Page mine = new Browser(port).signedInAs("investigator").get("/care/my-work");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body())
                .contains(
                        "My work",
                        "Reminders: due soon",
                        "Overdue",
                        "Coming up",
                        ref,
                        "Refer to a support service",
                        "VICTIMS_CODE_REFERRAL");
        Browser.Page nothing = new Browser(port).signedInAs("callhandler").get("/care/my-work");
        assertThat(nothing.body()).contains("You have no care tasks").doesNotContain("Due today");
        Browser.Page supervisor = new Browser(port).signedInAs("supervisor").get("/care/my-work");
        assertThat(supervisor.body()).contains("Escalated to you", ref);
    }

    @Test
    void an_officer_records_a_contact_on_the_case_page_and_the_matching_task_is_done() {
        String ref = TestCases.newReport(jdbc, "HNS");
        CaseFacts facts = cases.facts(ref).orElseThrow();
        tasks.start(facts, TaskKind.FIRST_CONTACT, "report", RuleCodes.FIRST_CONTACT, facts.receivedAt());
        Browser browser = new Browser(port).signedInAs("supervisor");
        Browser.Page casePage = browser.get("/cases/" + ref);
        assertThat(casePage.body())
                .contains(
                        "Victim care",
                        "Enhanced rights",
                        "automatic for victims of hate crime",
                        "VICTIMS_CODE_FIRST_CONTACT",
                        "No contacts recorded yet");

        browser.get("/cases/" + ref + "/contacts/new");
        Browser.Page errors = browser.post(
                "/cases/" + ref + "/contacts/new", Map.of("at-day", "1", "at-month", "1", "at-year", "2099"));
        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.body())
                .contains(
                        "There is a problem",
                        "Select what the contact was for",
                        "Select how you contacted the victim",
                        "href=\"#kind\"",
                        "id=\"kind\"");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "FIRST_CONTACT");
        form.put("channel", "PHONE");
        form.put("outcome", "MADE");
        form.put("note", "Wants a call back after 5pm");
        Browser.Page done = browser.post("/cases/" + ref + "/contacts/new", form);
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/cases/" + ref + "#care");
        Browser.Page after = browser.get("/cases/" + ref);
        assertThat(after.body()).contains("is done", "Wants a call back after 5pm", "govuk-tag--green");
    }

    @Test
    void compliance_is_the_share_of_clocks_due_in_the_period_that_were_met_by_rule() {
        // A force and supervisor of their own, so that no other test's cases or units are counted, nor these in theirs.
        String code = "CMP"
                + Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 100000, 36)
                        .toUpperCase();
        units.create(code, "Compliance test force " + code, null);
        String username = code.toLowerCase() + ".supervisor";
        accounts.create(username, "Compliance Supervisor", List.of(Role.SUPERVISOR), code, "a-long-test-password-1");
        Instant now = Instant.now();
        // First contact: one met, one done late, one still overdue; referral: one met; one not yet due (not counted).
        UUID met = start(code, RuleCodes.FIRST_CONTACT, TaskKind.FIRST_CONTACT, now.minus(Duration.ofHours(30)));
        UUID late = start(code, RuleCodes.FIRST_CONTACT, TaskKind.FIRST_CONTACT, now.minus(Duration.ofHours(40)));
        start(code, RuleCodes.FIRST_CONTACT, TaskKind.FIRST_CONTACT, now.minus(Duration.ofHours(26)));
        UUID referral =
                start(code, RuleCodes.NEEDS_ASSESSMENT, TaskKind.NEEDS_ASSESSMENT, now.minus(Duration.ofHours(25)));
        start(code, RuleCodes.FIRST_CONTACT, TaskKind.FIRST_CONTACT, now);
        var supervisor = Principals.of(accounts, username);
        tasks.complete(supervisor, met, now.minus(Duration.ofHours(20)));
        tasks.complete(supervisor, late, now.minus(Duration.ofHours(2)));
        tasks.complete(supervisor, referral, now.minus(Duration.ofHours(24)));

        LocalDate today = LocalDate.now(Formats.UK);
        Compliance.Report report = compliance.forUnit(supervisor, code, today.minusDays(7), today.plusDays(7));
        assertThat(report.rules())
                .containsExactly(
                        new Compliance.RuleFigures(RuleCodes.FIRST_CONTACT, 3, 1),
                        new Compliance.RuleFigures(RuleCodes.NEEDS_ASSESSMENT, 1, 1));
        assertThat(report.rules().get(0).percentMet()).isEqualTo(33);
        assertThat(report.percentMet()).isEqualTo(50);

        Browser browser = new Browser(port);
        browser.signedInAs(username, "a-long-test-password-1");
        Browser.Page page = browser.get("/care/compliance?unit=" + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Victims&#39; Code compliance", "33%", "50%");
        assertThat(new Browser(port)
                        .signedInAs("investigator")
                        .get("/care/compliance")
                        .status())
                .isEqualTo(403);
    }

    private UUID start(String unit, String rule, TaskKind kind, Instant start) {
        CaseFacts facts = cases.facts(TestCases.newReport(jdbc, unit)).orElseThrow();
        return tasks.start(facts, kind, "report", rule, start).orElseThrow();
    }
}
