package org.reassure.care;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.RuleCodes;
import org.reassure.care.internal.TaskStatus;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseWork;
import org.reassure.casework.Cases;
import org.reassure.casework.Classification;
import org.reassure.casework.DecisionType;
import org.reassure.casework.RecordingDecision;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Care tasks started by case events, their clocks, reminders and escalations, completion and closing. */
@ReassureTest
class CareClocksTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseWork caseWork;

    @Autowired
    Cases cases;

    @Autowired
    CareTasks tasks;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    StaffAccounts accounts;

    StaffPrincipal supervisor;
    StaffPrincipal investigator;

    @BeforeEach
    void people() {
        supervisor = Principals.of(accounts, "supervisor");
        investigator = Principals.of(accounts, "investigator");
    }

    @Test
    void recording_a_crime_starts_first_contact_needs_assessment_referral_and_first_update_clocks_from_the_report() {
        String ref = recordedCrime();
        List<CareTask> started = awaitTasks(ref, 4);
        Instant received = cases.facts(ref).orElseThrow().receivedAt();
        assertThat(started)
                .extracting(CareTask::kind)
                .containsExactlyInAnyOrder(
                        TaskKind.FIRST_CONTACT, TaskKind.NEEDS_ASSESSMENT, TaskKind.REFERRAL, TaskKind.UPDATE);
        CareTask first = kind(started, TaskKind.FIRST_CONTACT);
        assertThat(first.rule()).isEqualTo("VICTIMS_CODE_FIRST_CONTACT");
        assertThat(first.ruleSetVersion()).isEqualTo(1);
        assertThat(first.dueAt()).isEqualTo(received.plus(Duration.ofHours(24)));
        assertThat(first.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(kind(started, TaskKind.REFERRAL).dueAt()).isEqualTo(workingDays.endOfWorkingDayAfter(received, 2));
        assertThat(kind(started, TaskKind.REFERRAL).rule()).isEqualTo("VICTIMS_CODE_REFERRAL");
        assertThat(kind(started, TaskKind.UPDATE).rule()).isEqualTo("VICTIMS_CODE_UPDATE_FIRST");
        assertThat(kind(started, TaskKind.UPDATE).dueAt()).isEqualTo(received.plus(Duration.ofDays(10)));
    }

    @Test
    void allocation_gives_the_open_tasks_to_the_officer_and_a_decision_is_due_within_one_working_day() {
        String ref = recordedCrime();
        awaitTasks(ref, 4);
        caseWork.review(supervisor, ref, true, null);
        caseWork.allocate(supervisor, ref, "HNS-CSU", "investigator", null);
        await().atMost(WAIT)
                .until(() ->
                        tasks.forCase(supervisor, ref).stream().allMatch(t -> "investigator".equals(t.assignee())));
        Instant decided = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        caseWork.recordDecision(investigator, ref, DecisionType.ARREST, decided, null);
        List<CareTask> all = awaitTasks(ref, 5);
        CareTask notice = kind(all, TaskKind.DECISION_NOTICE);
        assertThat(notice.rule()).isEqualTo("VICTIMS_CODE_DECISION_ENHANCED");
        assertThat(notice.dueAt()).isEqualTo(workingDays.endOfWorkingDayAfter(decided, 1));
        assertThat(notice.assignee()).isEqualTo("investigator");
        assertThat(tasks.assignedTo(investigator)).extracting(CareTask::id).contains(notice.id());
    }

    @Test
    void a_breached_clock_makes_the_task_overdue_and_escalates_it_to_the_unit_once() {
        CaseFacts facts = cases.facts(TestCases.newReport(jdbc, "HNS")).orElseThrow();
        UUID id = tasks.start(
                        facts,
                        TaskKind.FIRST_CONTACT,
                        "report",
                        RuleCodes.FIRST_CONTACT,
                        Instant.now().minus(Duration.ofHours(25)))
                .orElseThrow();
        await().atMost(WAIT).until(() -> tasks.find(id).orElseThrow().status() == TaskStatus.OVERDUE);
        assertThat(alerts(id, "ESCALATION")).isEqualTo(1);
        assertThat(alerts(id, "REMINDER"))
                .as("no reminder for a clock already past")
                .isZero();
        assertThat(firings(id)).isEqualTo(1);
        assertThat(tasks.start(facts, TaskKind.FIRST_CONTACT, "report", RuleCodes.FIRST_CONTACT, Instant.now()))
                .as("the same trigger again starts no second task")
                .isEmpty();
    }

    @Test
    void a_clock_due_within_the_reminder_time_reminds_the_assignee_and_stays_open() {
        CaseFacts facts = cases.facts(TestCases.newReport(jdbc, "HNS")).orElseThrow();
        UUID id = tasks.start(
                        facts,
                        TaskKind.FIRST_CONTACT,
                        "report",
                        RuleCodes.FIRST_CONTACT,
                        Instant.now().minus(Duration.ofHours(22)))
                .orElseThrow();
        await().atMost(WAIT).until(() -> alerts(id, "REMINDER") == 1);
        assertThat(tasks.find(id).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?")
                        .param(id + "/breach")
                        .query(Long.class)
                        .single())
                .as("the breach clock is still set")
                .isEqualTo(1);
    }

    @Test
    void a_task_is_done_once_its_clocks_are_cancelled_and_a_second_completion_is_refused() {
        String ref = TestCases.newReport(jdbc, "HNS");
        CaseFacts facts = cases.facts(ref).orElseThrow();
        UUID id = tasks.start(facts, TaskKind.REFERRAL, "report", RuleCodes.REFERRAL, Instant.now())
                .orElseThrow();
        assertThatThrownBy(() -> tasks.complete(supervisor, id, Instant.now().plus(Duration.ofHours(1))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("now or in the past"));
        CareTask done = tasks.complete(supervisor, id, Instant.now());
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.metInTime()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance LIKE ?")
                        .param(id + "/%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThatThrownBy(() -> tasks.complete(supervisor, id, Instant.now()))
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("already done"));
    }

    @Test
    void an_update_done_starts_the_next_in_28_days_and_finalising_closes_the_updates() {
        String ref = recordedCrime();
        awaitTasks(ref, 4);
        Instant at = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        tasks.complete(
                supervisor,
                kind(tasks.forCase(supervisor, ref), TaskKind.UPDATE).id(),
                at);
        CareTask next = tasks.forCase(supervisor, ref).stream()
                .filter(t -> t.kind() == TaskKind.UPDATE && t.status() == TaskStatus.OPEN)
                .findFirst()
                .orElseThrow();
        assertThat(next.rule()).isEqualTo("VICTIMS_CODE_UPDATE_REGULAR");
        assertThat(next.dueAt()).isEqualTo(at.atZone(Formats.UK).plusDays(28).toInstant());

        caseWork.review(supervisor, ref, true, null);
        caseWork.allocate(supervisor, ref, "HNS-CSU", "investigator", null);
        caseWork.recordDecision(
                investigator, ref, DecisionType.CHARGE, Instant.now().minus(Duration.ofMinutes(1)), null);
        caseWork.finalise(investigator, ref, 1, Instant.now());
        await().atMost(WAIT)
                .until(() -> tasks.forCase(supervisor, ref).stream()
                                .filter(t -> t.kind() == TaskKind.UPDATE)
                                .allMatch(t -> t.status() == TaskStatus.DONE || t.status() == TaskStatus.CLOSED)
                        && tasks.forCase(supervisor, ref).stream()
                                        .filter(t -> t.kind() == TaskKind.DECISION_NOTICE)
                                        .count()
                                == 2);
        assertThat(tasks.closeOpen(ref, EnumSet.of(TaskKind.UPDATE), "again")).isZero();
    }

    @Test
    void when_the_victim_withdraws_the_regular_updates_close_and_the_other_promises_stand() {
        String ref = recordedCrime();
        awaitTasks(ref, 4);
        caseWork.review(supervisor, ref, true, null);
        caseWork.allocate(supervisor, ref, "HNS-CSU", "investigator", null);
        caseWork.recordWithdrawal(investigator, ref, Instant.now().minus(Duration.ofMinutes(1)), "Afraid of reprisals");
        await().atMost(WAIT)
                .until(() ->
                        kind(tasks.forCase(supervisor, ref), TaskKind.UPDATE).status() == TaskStatus.CLOSED);
        List<CareTask> after = tasks.forCase(supervisor, ref);
        assertThat(kind(after, TaskKind.UPDATE).closedReason()).contains("withdrew");
        assertThat(kind(after, TaskKind.FIRST_CONTACT).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(kind(after, TaskKind.REFERRAL).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void a_report_not_recorded_gets_a_first_contact_only_and_a_non_crime_incident_no_updates() {
        String notRecorded = TestCases.newReport(jdbc, "HNS");
        caseWork.record(
                supervisor,
                notRecorded,
                new RecordingDecision(
                        Classification.NO_RECORD,
                        null,
                        List.of("RACE"),
                        List.of(),
                        Set.of(),
                        "No hostility described once the caller was spoken to",
                        null));
        assertThat(awaitTasks(notRecorded, 1)).extracting(CareTask::kind).containsExactly(TaskKind.FIRST_CONTACT);
        String incident = TestCases.newReport(jdbc, "HNS");
        caseWork.record(
                supervisor,
                incident,
                new RecordingDecision(
                        Classification.NCHI,
                        null,
                        List.of("RACE"),
                        List.of(),
                        Set.of(),
                        "Remarks at the school gate",
                        new RecordingDecision.NchiAssessment(true, true, true, true, false, null, true, null)));
        assertThat(awaitTasks(incident, 4))
                .extracting(CareTask::kind)
                .containsExactlyInAnyOrder(
                        TaskKind.FIRST_CONTACT,
                        TaskKind.NEEDS_ASSESSMENT,
                        TaskKind.REFERRAL,
                        TaskKind.SUBJECT_NOTIFICATION);
    }

    @Test
    void
            recording_an_incident_whose_subject_is_to_be_told_starts_a_subject_notification_task_and_a_safeguarding_risk_starts_none() {
        String told = TestCases.newReport(jdbc, "HNS");
        caseWork.record(
                supervisor,
                told,
                new RecordingDecision(
                        Classification.NCHI,
                        null,
                        List.of("RELIGION"),
                        List.of("ANTI_MUSLIM"),
                        Set.of(),
                        "Comments posted about a neighbour",
                        new RecordingDecision.NchiAssessment(
                                true, true, true, true, true, "Threats of a further incident", true, null)));
        CareTask notice = kind(awaitTasks(told, 4), TaskKind.SUBJECT_NOTIFICATION);
        assertThat(notice.rule()).isEqualTo("NCHI_SUBJECT_NOTIFICATION");
        assertThat(notice.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(notice.dueAt()).isEqualTo(workingDays.endOfWorkingDayAfter(notice.startedAt(), 10));
        assertThat(TaskKind.SUBJECT_NOTIFICATION.isContact())
                .as("the subject is not the victim: no contact kind")
                .isFalse();

        String notTold = TestCases.newReport(jdbc, "HNS");
        caseWork.record(
                supervisor,
                notTold,
                new RecordingDecision(
                        Classification.NCHI,
                        null,
                        List.of("RACE"),
                        List.of(),
                        Set.of(),
                        "Remarks in a shop",
                        new RecordingDecision.NchiAssessment(
                                true, true, true, true, false, null, false, "The subject lives with the complainant")));
        awaitTasks(notTold, 3);
        await().during(Duration.ofSeconds(1))
                .atMost(WAIT)
                .until(() -> tasks.forCase(supervisor, notTold).size() == 3);
        assertThat(tasks.forCase(supervisor, notTold))
                .extracting(CareTask::kind)
                .doesNotContain(TaskKind.SUBJECT_NOTIFICATION);
    }

    private String recordedCrime() {
        String ref = TestCases.newReport(jdbc, "HNS");
        caseWork.record(
                supervisor,
                ref,
                new RecordingDecision(
                        Classification.CRIME,
                        "RA_HAD",
                        List.of("RACE"),
                        List.of(),
                        Set.of(),
                        "Racist abuse in the street",
                        null));
        return ref;
    }

    private List<CareTask> awaitTasks(String ref, int count) {
        await().atMost(WAIT).until(() -> tasks.forCase(supervisor, ref).size() >= count);
        return tasks.forCase(supervisor, ref);
    }

    private static CareTask kind(List<CareTask> list, TaskKind kind) {
        return list.stream()
                .filter(t -> t.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + list));
    }

    private long alerts(UUID id, String kind) {
        return jdbc.sql("SELECT count(*) FROM care_alert WHERE task_id = ? AND kind = ?")
                .params(id, kind)
                .query(Long.class)
                .single();
    }

    private long firings(UUID id) {
        return jdbc.sql("SELECT count(*) FROM care_clock_firing WHERE instance = ?")
                .param(id + "/breach")
                .query(Long.class)
                .single();
    }
}
