package org.reassure.care;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.ContactAgreements;
import org.reassure.care.internal.NeedsAssessment;
import org.reassure.care.internal.NeedsAssessments;
import org.reassure.care.internal.RiskLevel;
import org.reassure.care.internal.RuleCodes;
import org.reassure.care.internal.TaskStatus;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Texts;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The needs assessment as versions, the contact warnings it gives, and the update frequency agreed with the victim. */
@ReassureTest
class NeedsAssessmentTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @Autowired
    CareTasks tasks;

    @Autowired
    NeedsAssessments assessments;

    @Autowired
    ContactAgreements agreements;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ApiTokens tokens;

    StaffPrincipal supervisor;

    @BeforeEach
    void people() {
        supervisor = Principals.of(accounts, "supervisor");
    }

    @Test
    void
            a_high_risk_assessment_on_the_page_completes_the_assessment_task_warns_before_contact_and_asks_a_supervisor_to_review() {
        String ref = TestCases.newReport(jdbc, "HNS");
        CaseFacts facts = cases.facts(ref).orElseThrow();
        tasks.start(facts, TaskKind.NEEDS_ASSESSMENT, "report", RuleCodes.NEEDS_ASSESSMENT, facts.receivedAt());
        tasks.start(facts, TaskKind.REFERRAL, "report", RuleCodes.REFERRAL, facts.receivedAt());
        Browser browser = new Browser(port).signedInAs("supervisor");
        assertThat(browser.get("/cases/" + ref).body())
                .contains("The victim's needs have not been assessed yet", "Assess the needs");

        browser.get("/cases/" + ref + "/needs-assessment");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("risk", "HIGH");
        form.put("interpreterNeeded", "yes");
        form.put("updateEveryDays", "often");
        form.put("safeTimes", "Weekdays after 5pm only");
        Browser.Page errors = browser.post("/cases/" + ref + "/needs-assessment", form);
        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.body())
                .contains(
                        "There is a problem",
                        "Select the language the victim needs an interpreter for",
                        "Give the reasons the risk is high",
                        "Select how the victim wants to be updated",
                        "whole number of days",
                        "href=\"#riskReasons\"",
                        "href=\"#preferredChannel\"",
                        "href=\"#updateEveryDays\"",
                        "Weekdays after 5pm only");
        assertThat(assessments.history(supervisor, ref)).isEmpty();

        form.put("language", "pl");
        form.put("riskReasons", "The neighbours who abused her have threatened to come back");
        form.put("flags", "INTIMIDATED");
        form.put("preferredChannel", "EMAIL");
        form.put("updateEveryDays", "14");
        form.put("refusedChannels", "PHONE");
        form.put("noMessages", "yes");
        form.put("supportWanted", "A referral to a local support service");
        Browser.Page saved = browser.post("/cases/" + ref + "/needs-assessment", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        String casePage = browser.get("/cases/" + ref).body();
        assertThat(casePage)
                .contains(
                        "Needs assessment version 1 saved",
                        "The risk is high",
                        "Before you contact the victim",
                        "Do not contact by: <span>Phone</span>",
                        "Do not leave messages",
                        "Weekdays after 5pm only",
                        "Needs an interpreter: <strong>Polish</strong>",
                        "Email, every 14 days",
                        "govuk-tag--red",
                        "intimidated",
                        "High risk: a supervisor must review",
                        "I have reviewed the high risk");
        List<CareTask> all = tasks.forCase(supervisor, ref);
        assertThat(all)
                .filteredOn(t -> t.kind() == TaskKind.NEEDS_ASSESSMENT)
                .extracting(CareTask::status)
                .containsExactly(TaskStatus.DONE);
        CareTask review = all.stream()
                .filter(t -> t.kind() == TaskKind.SUPERVISOR_REVIEW)
                .findFirst()
                .orElseThrow();
        assertThat(review.rule()).isEqualTo("FORCE_HIGH_RISK_REVIEW");
        assertThat(review.assignee())
                .as("held by the unit's supervisors, not one officer")
                .isNull();
        assertThat(new Browser(port)
                        .signedInAs("supervisor")
                        .get("/care/my-work")
                        .body())
                .contains("High-risk needs assessments to review", ref);
        assertThat(new Browser(port)
                        .signedInAs("investigator")
                        .get("/care/my-work")
                        .body())
                .doesNotContain("High-risk needs assessments to review");

        // What the allocation listener does when the case goes to an investigator.
        tasks.reassign(ref, facts.unitId(), "investigator");
        assertThat(tasks.forCase(supervisor, ref)).anyMatch(t -> "investigator".equals(t.assignee()));
        assertThat(tasks.find(review.id()).orElseThrow().assignee())
                .as("allocation does not move the supervisor's review")
                .isNull();

        Browser investigator = new Browser(port).signedInAs("investigator");
        investigator.get("/cases/" + ref);
        assertThat(investigator
                        .post("/cases/" + ref + "/care-tasks/" + review.id() + "/review", Map.of())
                        .status())
                .isEqualTo(403);
        browser.get("/cases/" + ref);
        Browser.Page reviewed = browser.post("/cases/" + ref + "/care-tasks/" + review.id() + "/review", Map.of());
        assertThat(reviewed.status()).isEqualTo(302);
        assertThat(tasks.find(review.id()).orElseThrow().status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void a_reassessment_adds_a_version_and_keeps_the_earlier_one() {
        String ref = TestCases.newReport(jdbc, "HNS");
        NeedsAssessment first = assessments.assess(
                supervisor, ref, draft(RiskLevel.MEDIUM, "Abuse repeated twice", EnumSet.of(ContactChannel.LETTER)));
        NeedsAssessment second = assessments.assess(
                supervisor, ref, draft(RiskLevel.STANDARD, null, EnumSet.noneOf(ContactChannel.class)));
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(assessments.history(supervisor, ref))
                .extracting(NeedsAssessment::version)
                .containsExactly(2, 1);
        assertThat(assessments.history(supervisor, ref).get(1).riskReasons()).isEqualTo("Abuse repeated twice");
        assertThat(assessments.history(supervisor, ref).get(1).refusedChannels())
                .containsExactly(ContactChannel.LETTER);
        assertThat(assessments.history(supervisor, ref).get(0).assessedBy()).isEqualTo("supervisor");
        assertThat(tasks.forCase(supervisor, ref)).noneMatch(t -> t.kind() == TaskKind.SUPERVISOR_REVIEW);
        assertThat(new Browser(port)
                        .signedInAs("supervisor")
                        .get("/cases/" + ref)
                        .body())
                .contains(
                        "Earlier assessments (1)",
                        "Version 1",
                        "risk medium (Abuse repeated twice); refused Letter",
                        "Re-assess the needs");
        assertThatThrownBy(() -> assessments.assess(
                        supervisor, ref, draft(RiskLevel.STANDARD, null, EnumSet.of(ContactChannel.PHONE))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("both prefer and refuse contact by phone"));
        assertThatThrownBy(() -> assessments.assess(
                        Principals.of(accounts, "analyst"),
                        ref,
                        draft(RiskLevel.STANDARD, null, EnumSet.noneOf(ContactChannel.class))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_contact_by_a_refused_channel_needs_a_reason_on_the_page_and_on_the_api() {
        String ref = TestCases.newReport(jdbc, "HNS");
        assessments.assess(supervisor, ref, draft(RiskLevel.STANDARD, null, EnumSet.of(ContactChannel.EMAIL)));
        Browser browser = new Browser(port).signedInAs("supervisor");
        assertThat(browser.get("/cases/" + ref + "/contacts/new").body())
                .contains(
                        "Before you contact the victim",
                        "Do not contact by: <span>Email</span>",
                        "If you used a channel the victim refused, why?");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "UPDATE");
        form.put("channel", "EMAIL");
        form.put("outcome", "MADE");
        Browser.Page refused = browser.post("/cases/" + ref + "/contacts/new", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "There is a problem",
                        "The victim refused contact by email in their needs assessment",
                        "href=\"#refusedChannelReason\"");
        form.put("refusedChannelReason", "The victim emailed us first and asked for a reply by email");
        assertThat(browser.post("/cases/" + ref + "/contacts/new", form).status())
                .isEqualTo(302);
        assertThat(browser.get("/cases/" + ref).body())
                .contains("By a channel the victim refused: The victim emailed us first");

        Api api = new Api(port);
        String token = Tokens.of(tokens, accounts, "supervisor");
        Api.Response problem = api.post(
                "/api/v1/cases/" + ref + "/contacts",
                token,
                "{\"kind\": \"UPDATE\", \"channel\": \"EMAIL\", \"outcome\": \"NO_ANSWER\"}");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        assertThat(problem.body())
                .contains("\"field\":\"refusedChannelReason\"", "The victim refused contact by email");
        Api.Response confirmed = api.post(
                "/api/v1/cases/" + ref + "/contacts",
                token,
                "{\"kind\": \"UPDATE\", \"channel\": \"EMAIL\", \"outcome\": \"NO_ANSWER\", \"refusedChannelReason\": \"Phone number no longer works\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.body()).contains("\"refusedChannelReason\":\"Phone number no longer works\"");
        assertThat(api.post(
                                "/api/v1/cases/" + ref + "/contacts",
                                token,
                                "{\"kind\": \"UPDATE\", \"channel\": \"PHONE\", \"outcome\": \"NO_ANSWER\"}")
                        .status())
                .as("a channel not refused needs no reason")
                .isEqualTo(201);
    }

    @Test
    void the_regular_update_follows_the_frequency_the_victim_agreed_and_each_change_is_kept() {
        String ref = TestCases.newReport(jdbc, "HNS");
        CaseFacts facts = cases.facts(ref).orElseThrow();
        Instant received = facts.receivedAt();
        UUID firstUpdate = tasks.start(facts, TaskKind.UPDATE, "report", RuleCodes.UPDATE_FIRST, received)
                .orElseThrow();
        Instant done = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        tasks.complete(supervisor, firstUpdate, done);
        CareTask regular = openUpdate(ref);
        assertThat(regular.rule()).isEqualTo("VICTIMS_CODE_UPDATE_REGULAR");

        assertThatThrownBy(() -> agreements.change(supervisor, ref, ContactChannel.PHONE, 0, ""))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("number of days from 1 to 365"));
        agreements.change(supervisor, ref, ContactChannel.PHONE, 7, "The victim asked for a weekly call");
        CareTask weekly = openUpdate(ref);
        assertThat(weekly.rule()).isEqualTo("VICTIMS_CODE_UPDATE_AGREED");
        assertThat(weekly.dueAt())
                .as("counted from the last update")
                .isEqualTo(done.atZone(Formats.UK).plusDays(7).toInstant());
        assertThat(tasks.find(regular.id()).orElseThrow().closedReason()).contains("agreed a new update frequency");

        Instant second = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        tasks.complete(supervisor, weekly.id(), second);
        assertThat(openUpdate(ref).dueAt())
                .isEqualTo(second.atZone(Formats.UK).plusDays(7).toInstant());

        Browser browser = new Browser(port).signedInAs("supervisor");
        browser.get("/cases/" + ref + "/contact-agreement");
        Browser.Page missing =
                browser.post("/cases/" + ref + "/contact-agreement", Map.of("channel", "EMAIL", "everyDays", "21"));
        assertThat(missing.body()).contains("There is a problem", "Say why the agreement changed", "value=\"21\"");
        Browser.Page changed = browser.post(
                "/cases/" + ref + "/contact-agreement",
                Map.of("channel", "EMAIL", "everyDays", "21", "reason", "Working away; prefers email"));
        assertThat(changed.status()).isEqualTo(302);
        assertThat(browser.get("/cases/" + ref).body())
                .contains(
                        "Email, every 21 days",
                        "Changes to the agreement",
                        "Phone, every 7 days (The victim asked for a weekly call)",
                        "Working away; prefers email");
        assertThat(openUpdate(ref).dueAt())
                .isEqualTo(second.atZone(Formats.UK).plusDays(21).toInstant());
    }

    private CareTask openUpdate(String ref) {
        List<CareTask> open = tasks.forCase(supervisor, ref).stream()
                .filter(t -> t.kind() == TaskKind.UPDATE && t.status().isOpen())
                .toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private static NeedsAssessment.Draft draft(RiskLevel risk, String reasons, EnumSet<ContactChannel> refused) {
        return new NeedsAssessment.Draft(
                false,
                null,
                null,
                risk,
                reasons,
                false,
                false,
                false,
                null,
                ContactChannel.PHONE,
                28,
                null,
                refused,
                false);
    }
}
