package org.reassure.care;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.RuleCodes;
import org.reassure.care.internal.SupportOfficers;
import org.reassure.care.internal.TaskStatus;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.platform.Formats;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Hate crime support officers: assigned by a supervisor, holding the support tasks, with a caseload that puts overdue cases first. */
@ReassureTest
class SupportOfficersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @Autowired
    CareTasks tasks;

    @Autowired
    SupportOfficers supportOfficers;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Contacts contacts;

    @Test
    void a_supervisor_assigns_a_support_officer_who_then_holds_the_needs_assessment_and_a_first_follow_up() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        CaseFacts facts = cases.facts(ref).orElseThrow();
        tasks.start(facts, TaskKind.NEEDS_ASSESSMENT, "report", RuleCodes.NEEDS_ASSESSMENT, facts.receivedAt());
        tasks.start(facts, TaskKind.FIRST_CONTACT, "report", RuleCodes.FIRST_CONTACT, facts.receivedAt());
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        assertThat(supervisor.get("/cases/" + ref).body())
                .contains("No support officer assigned", "Assign a support officer");

        Browser.Page form = supervisor.get("/cases/" + ref + "/support-officer");
        assertThat(form.body()).contains("Assign a hate crime support officer", "Gareth Lloyd (HNS)");
        Browser.Page none = supervisor.post("/cases/" + ref + "/support-officer", Map.of());
        assertThat(none.body())
                .contains("There is a problem", "Select a hate crime support officer", "href=\"#supportOfficer\"");
        Browser.Page wrong =
                supervisor.post("/cases/" + ref + "/support-officer", Map.of("supportOfficer", "investigator"));
        assertThat(wrong.body()).contains("whose unit covers this case");
        Browser.Page assigned =
                supervisor.post("/cases/" + ref + "/support-officer", Map.of("supportOfficer", "supportofficer"));
        assertThat(assigned.status()).isEqualTo(302);
        assertThat(supervisor.get("/cases/" + ref).body())
                .contains("Gareth Lloyd is now the case", "Gareth Lloyd, assigned", "Change the support officer");

        List<CareTask> all = tasks.forCaseUnchecked(ref);
        assertThat(all)
                .filteredOn(t -> t.kind() == TaskKind.NEEDS_ASSESSMENT)
                .extracting(CareTask::assignee)
                .containsExactly("supportofficer");
        assertThat(all)
                .filteredOn(t -> t.kind() == TaskKind.FIRST_CONTACT)
                .extracting(CareTask::assignee)
                .as("the officer's own task stays")
                .containsOnlyNulls();
        CareTask followUp = all.stream()
                .filter(t -> t.kind() == TaskKind.SUPPORT_FOLLOW_UP)
                .findFirst()
                .orElseThrow();
        assertThat(followUp.rule()).isEqualTo("FORCE_SUPPORT_FOLLOW_UP");
        assertThat(followUp.assignee()).isEqualTo("supportofficer");
        assertThat(followUp.dueAt())
                .isEqualTo(followUp.startedAt().atZone(Formats.UK).plusDays(7).toInstant());

        tasks.reassign(ref, facts.unitId(), "investigator");
        assertThat(tasks.find(followUp.id()).orElseThrow().assignee())
                .as("reallocating the case leaves the support officer's tasks")
                .isEqualTo("supportofficer");

        assertThat(new Browser(port)
                        .signedInAs("investigator")
                        .get("/cases/" + ref + "/support-officer")
                        .status())
                .isEqualTo(403);
        Browser officer = new Browser(port).signedInAs("supportofficer");
        officer.get("/cases/" + ref);
        assertThat(officer.post("/cases/" + ref + "/support-officer", Map.of("supportOfficer", "supportofficer"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void follow_ups_repeat_while_the_support_lasts_and_stop_when_it_ends() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        var supervisor = Principals.of(accounts, "supervisor");
        var supportOfficer = Principals.of(accounts, "supportofficer");
        supportOfficers.assign(supervisor, ref, "supportofficer");
        Instant called = Instant.now().truncatedTo(ChronoUnit.MICROS);
        contacts.record(
                supportOfficer,
                ref,
                new Contact.New(
                        TaskKind.SUPPORT_FOLLOW_UP,
                        ContactChannel.PHONE,
                        ContactOutcome.MADE,
                        called,
                        "Talked through what happens next; the victim would like another call in a fortnight."));
        List<CareTask> open = openFollowUps(ref);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).rule()).isEqualTo(RuleCodes.SUPPORT_FOLLOW_UP_REGULAR);
        assertThat(open.get(0).assignee()).isEqualTo("supportofficer");
        assertThat(open.get(0).dueAt())
                .isEqualTo(called.atZone(Formats.UK).plusDays(14).toInstant());

        // A new support officer starts with a first follow-up of their own, in place of the last one's.
        String second = accounts.findByUsername("hcso2")
                .map(StaffAccount::username)
                .orElseGet(() -> accounts.create(
                                "hcso2", "Priya Anand", Set.of(Role.SUPPORT_OFFICER), "HNS", "correct-horse-battery")
                        .username());
        supportOfficers.assign(supervisor, ref, second);
        assertThat(openFollowUps(ref))
                .extracting(CareTask::rule, CareTask::assignee)
                .containsExactly(Tuple.tuple(RuleCodes.SUPPORT_FOLLOW_UP, second));
        supportOfficers.assign(supervisor, ref, "supportofficer");

        Browser investigator = new Browser(port).signedInAs("investigator");
        investigator.get("/cases/" + ref);
        assertThat(investigator
                        .post("/cases/" + ref + "/support-officer/end", Map.of("endReason", "No"))
                        .status())
                .isEqualTo(403);
        Browser officer = new Browser(port).signedInAs("supportofficer");
        assertThat(officer.get("/cases/" + ref).body()).contains("End the support");
        assertThat(officer.get("/cases/" + ref + "/support-officer/end").body()).contains("Why is the support ending?");
        Browser.Page missing = officer.post("/cases/" + ref + "/support-officer/end", Map.of("endReason", "  "));
        assertThat(missing.body())
                .contains("There is a problem", "<a href=\"#endReason\">Enter why the support is ending</a>");
        Browser.Page ended = officer.post(
                "/cases/" + ref + "/support-officer/end",
                Map.of("endReason", "The victim feels safe now and wants no more calls."));
        assertThat(ended.location()).endsWith("/cases/" + ref + "#care");
        assertThat(officer.get("/cases/" + ref).body())
                .contains("The support has ended.", "No support officer assigned");
        assertThat(openFollowUps(ref)).isEmpty();
        assertThat(tasks.forCaseUnchecked(ref))
                .filteredOn(t -> t.kind() == TaskKind.SUPPORT_FOLLOW_UP && t.status() == TaskStatus.CLOSED)
                .extracting(CareTask::closedReason)
                .contains("The support ended: The victim feels safe now and wants no more calls.");
        assertThat(jdbc.sql(
                                "SELECT end_reason FROM care_support_assignment WHERE case_reference = ? AND ended_by = 'supportofficer'")
                        .param(ref)
                        .query(String.class)
                        .single())
                .isEqualTo("The victim feels safe now and wants no more calls.");

        contacts.record(
                supervisor,
                ref,
                new Contact.New(
                        TaskKind.SUPPORT_FOLLOW_UP,
                        ContactChannel.PHONE,
                        ContactOutcome.MADE,
                        Instant.now().minus(Duration.ofMinutes(5)),
                        "The victim rang to say thank you."));
        assertThat(openFollowUps(ref))
                .as("no follow-up is due once the support has ended")
                .isEmpty();
    }

    private List<CareTask> openFollowUps(String ref) {
        return tasks.forCaseUnchecked(ref).stream()
                .filter(t ->
                        t.kind() == TaskKind.SUPPORT_FOLLOW_UP && t.status().isOpen())
                .toList();
    }

    @Test
    void the_caseload_lists_the_support_officers_cases_with_overdue_ones_first() {
        var supervisor = Principals.of(accounts, "supervisor");
        String calm = TestCases.newReport(jdbc, "HNS");
        String late = TestCases.newReport(jdbc, "HNS");
        supportOfficers.assign(supervisor, calm, "supportofficer");
        supportOfficers.assign(supervisor, late, "supportofficer");
        var overdue = tasks.start(
                        cases.facts(late).orElseThrow(),
                        TaskKind.SUPPORT_FOLLOW_UP,
                        "test-late",
                        RuleCodes.SUPPORT_FOLLOW_UP,
                        Instant.now().minus(Duration.ofDays(8)),
                        null,
                        CareTasks.Holder.SUPPORT_OFFICER,
                        "supportofficer")
                .orElseThrow();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> tasks.find(overdue).orElseThrow().status() == TaskStatus.OVERDUE);

        Browser.Page page = new Browser(port).signedInAs("supportofficer").get("/caseload");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("My caseload", "Your cases", calm, late, "Your open tasks, overdue first", "govuk-tag--red");
        assertThat(page.body().indexOf(late))
                .as("the case with an overdue task comes first")
                .isLessThan(page.body().indexOf(calm));
        assertThat(new Browser(port).signedInAs("investigator").get("/caseload").status())
                .isEqualTo(403);
    }
}
