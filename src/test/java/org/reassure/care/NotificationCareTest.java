package org.reassure.care;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.RuleCodes;
import org.reassure.care.internal.TaskStatus;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseWork;
import org.reassure.casework.Cases;
import org.reassure.casework.Classification;
import org.reassure.casework.RecordingDecision;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.platform.Message;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What victim care hears of notifications: a decision notice delivered completes its task, naming the notification; a
 * notification not delivered gives the case's officer a task saying what to fix.
 */
@ReassureTest
class NotificationCareTest {

    @LocalServerPort
    int port;

    @Autowired
    NotificationCare notificationCare;

    @Autowired
    CareTasks tasks;

    @Autowired
    Cases cases;

    @Autowired
    CaseWork caseWork;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_decision_notice_delivered_completes_the_task_of_that_decision_once_naming_the_notification() {
        String ref = TestCases.newReport(jdbc, "HNS");
        CaseFacts facts = cases.facts(ref).orElseThrow();
        Instant decided = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String key = "ARREST@" + decided;
        UUID task = tasks.start(facts, TaskKind.DECISION_NOTICE, key, RuleCodes.DECISION_ENHANCED, decided)
                .orElseThrow();
        UUID other = tasks.start(
                        facts, TaskKind.DECISION_NOTICE, "CHARGE@" + decided, RuleCodes.DECISION_ENHANCED, decided)
                .orElseThrow();
        UUID notification = UUID.randomUUID();
        Instant delivered = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);

        assertThat(notificationCare.decisionNoticeDelivered(
                        ref, "ARREST@2020-01-01T00:00:00Z", delivered, notification, "SMS"))
                .as("no task answers another decision")
                .isFalse();
        assertThat(notificationCare.decisionNoticeDelivered(ref, key, delivered, notification, "SMS"))
                .isTrue();
        CareTask done = tasks.find(task).orElseThrow();
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.completedBy()).isEqualTo("GOV.UK Notify");
        assertThat(done.completedAt()).isEqualTo(delivered);
        assertThat(tasks.find(other).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);
        assertThat(notificationCare.decisionNoticeDelivered(ref, key, delivered, notification, "SMS"))
                .as("a receipt heard twice completes nothing more")
                .isFalse();

        Api.Response list = new Api(port).get("/api/v1/tasks?case=" + ref, Tokens.of(tokens, accounts, "supervisor"));
        assertThat(list.body())
                .contains(
                        "\"id\":\"" + task + "\"",
                        "\"note\":\"Done when GOV.UK Notify delivered the decision notice by text message (notification "
                                + notification + ")\"");
    }

    @Test
    void a_notification_not_delivered_gives_the_officer_one_task_saying_what_to_fix_on_the_pages_and_the_api() {
        String ref = TestCases.newReport(jdbc, "HNS");
        caseWork.record(
                Principals.of(accounts, "supervisor"),
                ref,
                new RecordingDecision(
                        Classification.CRIME,
                        "RA_HAD",
                        List.of("RACE"),
                        List.of(),
                        Set.of(),
                        "Racist abuse in the street",
                        null));
        caseWork.review(Principals.of(accounts, "supervisor"), ref, true, null);
        caseWork.allocate(Principals.of(accounts, "supervisor"), ref, "HNS-CSU", "investigator", null);
        UUID notification = UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        Message whatToFix = Message.of("care.task.notDelivered", notification.toString());

        notificationCare.notificationFailed(ref, notification, whatToFix, at);
        notificationCare.notificationFailed(ref, notification, whatToFix, at);

        var failed = tasks.forCaseUnchecked(ref).stream()
                .filter(t -> t.kind() == TaskKind.NOTIFICATION_FAILED)
                .toList();
        assertThat(failed).hasSize(1);
        CareTask task = failed.get(0);
        assertThat(task.rule()).isEqualTo("FORCE_NOTIFICATION_FAILED");
        assertThat(task.assignee()).isEqualTo("investigator");
        assertThat(task.startedAt()).isEqualTo(at);
        assertThat(task.dueAt()).isEqualTo(workingDays.endOfWorkingDayAfter(at, 1));
        assertThat(task.note()).isEqualTo(whatToFix);

        String fix = "A message to the victim could not be delivered (notification " + notification
                + "). Check how to contact them.";
        Browser investigator = new Browser(port).signedInAs("investigator");
        assertThat(investigator.get("/care/my-work").body())
                .contains("Check how to contact the victim: a message was not delivered", fix, ref);
        assertThat(investigator.get("/cases/" + ref).body()).contains(fix);
        Api.Response list = new Api(port).get("/api/v1/tasks?case=" + ref, Tokens.of(tokens, accounts, "investigator"));
        assertThat(list.body())
                .contains(
                        "\"kind\":\"NOTIFICATION_FAILED\"",
                        "\"rule\":\"FORCE_NOTIFICATION_FAILED\"",
                        "\"note\":\"" + fix + "\"");
        assertThat(investigator.get("/care/my-work?lang=cy").body())
                .contains(
                        "Gwirio sut i gysylltu", "dioddefwr (hysbysiad " + notification + "). Gwiriwch sut i gysylltu");
    }
}
