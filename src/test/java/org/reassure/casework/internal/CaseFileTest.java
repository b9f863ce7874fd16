package org.reassure.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.reassure.casework.CaseStatus;
import org.reassure.casework.Classification;
import org.reassure.casework.ReviewStatus;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.testing.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each life-cycle move, allowed and refused, on the domain object alone. */
class CaseFileTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static CaseFile file(CaseStatus status, Classification classification, ReviewStatus review) {
        return new CaseFile(UUID.randomUUID(), "HC26-TEST-TEST", 1L, RECEIVED, status, classification, review, null);
    }

    @Test
    void a_new_report_recorded_as_a_crime_is_recorded_and_waits_for_review() {
        CaseFile file = file(CaseStatus.REPORTED, null, null);
        assertThat(file.record(Classification.CRIME)).isEqualTo(CaseStatus.RECORDED);
        assertThat(file.review()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void a_no_record_decision_closes_the_report_but_still_waits_for_review() {
        CaseFile file = file(CaseStatus.REPORTED, null, null);
        assertThat(file.record(Classification.NO_RECORD)).isEqualTo(CaseStatus.CLOSED);
        assertThat(file.review()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void a_case_cannot_be_recorded_twice() {
        assertThatThrownBy(() -> file(CaseStatus.RECORDED, Classification.CRIME, ReviewStatus.PENDING)
                        .record(Classification.NCHI))
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("has a recording decision already"));
    }

    @Test
    void a_returned_decision_sends_the_case_back_to_triage_and_cannot_be_reviewed_again() {
        CaseFile file = file(CaseStatus.RECORDED, Classification.CRIME, ReviewStatus.PENDING);
        assertThat(file.returnForChange()).isEqualTo(CaseStatus.REPORTED);
        assertThatThrownBy(file::approve)
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("reviewed already"));
    }

    @Test
    void a_decision_cannot_be_returned_once_work_has_started() {
        assertThatThrownBy(() -> file(CaseStatus.UNDER_INVESTIGATION, Classification.CRIME, ReviewStatus.PENDING)
                        .returnForChange())
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("Reopen it instead"));
    }

    @Test
    void allocation_needs_a_recording_decision_and_an_open_case() {
        assertThatThrownBy(() -> file(CaseStatus.REPORTED, null, null).allocate())
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("Record a decision"));
        assertThatThrownBy(() -> file(CaseStatus.CLOSED, Classification.CRIME, ReviewStatus.APPROVED)
                        .allocate())
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("cannot be allocated"));
        assertThat(file(CaseStatus.RECORDED, Classification.CRIME, ReviewStatus.APPROVED)
                        .allocate())
                .isEqualTo(CaseStatus.ALLOCATED);
        assertThat(file(CaseStatus.UNDER_INVESTIGATION, Classification.CRIME, ReviewStatus.APPROVED)
                        .allocate())
                .as("reallocation keeps the status")
                .isEqualTo(CaseStatus.UNDER_INVESTIGATION);
    }

    @Test
    void only_an_allocated_crime_goes_under_investigation() {
        assertThat(file(CaseStatus.ALLOCATED, Classification.CRIME, ReviewStatus.APPROVED)
                        .startInvestigation())
                .isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        assertThatThrownBy(() -> file(CaseStatus.ALLOCATED, Classification.NCHI, ReviewStatus.APPROVED)
                        .startInvestigation())
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("not investigated"));
        assertThatThrownBy(() -> file(CaseStatus.RECORDED, Classification.CRIME, ReviewStatus.APPROVED)
                        .startInvestigation())
                .isInstanceOf(ConflictingState.class);
    }

    @Test
    void only_a_case_under_investigation_is_finalised_and_never_with_a_time_in_the_future() {
        CaseFile file = file(CaseStatus.UNDER_INVESTIGATION, Classification.CRIME, ReviewStatus.APPROVED);
        assertThatThrownBy(() -> file.finalise(NOW.plus(Duration.ofDays(1)), NOW))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("in the past"));
        assertThat(file.finalise(NOW, NOW)).isEqualTo(CaseStatus.FINALISED);
        assertThatThrownBy(() -> file(CaseStatus.ALLOCATED, Classification.CRIME, ReviewStatus.APPROVED)
                        .finalise(NOW, NOW))
                .isInstanceOf(ConflictingState.class);
    }

    @Test
    void a_key_decision_dated_before_the_report_is_refused() {
        CaseFile file = file(CaseStatus.UNDER_INVESTIGATION, Classification.CRIME, ReviewStatus.APPROVED);
        assertThatThrownBy(() -> file.recordDecision(RECEIVED.minus(Duration.ofDays(1)), NOW))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("after the report was received"));
        assertThatThrownBy(() -> file(CaseStatus.REPORTED, null, null).recordDecision(NOW, NOW))
                .isInstanceOf(ConflictingState.class);
    }

    @Test
    void a_withdrawal_is_recorded_once_on_an_open_case() {
        CaseFile file = file(CaseStatus.UNDER_INVESTIGATION, Classification.CRIME, ReviewStatus.APPROVED);
        file.recordWithdrawal(NOW, NOW);
        assertThatThrownBy(() -> file.recordWithdrawal(NOW, NOW))
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("already"));
        assertThatThrownBy(() -> file(CaseStatus.CLOSED, Classification.CRIME, ReviewStatus.APPROVED)
                        .recordWithdrawal(NOW, NOW))
                .isInstanceOf(ConflictingState.class);
    }

    @Test
    void closing_needs_a_finalised_crime_or_an_incident() {
        assertThat(file(CaseStatus.FINALISED, Classification.CRIME, ReviewStatus.APPROVED)
                        .close())
                .isEqualTo(CaseStatus.CLOSED);
        assertThat(file(CaseStatus.RECORDED, Classification.NCHI, ReviewStatus.APPROVED)
                        .close())
                .isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> file(CaseStatus.UNDER_INVESTIGATION, Classification.CRIME, ReviewStatus.APPROVED)
                        .close())
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("Finalise"));
        assertThatThrownBy(() -> file(CaseStatus.CLOSED, Classification.CRIME, ReviewStatus.APPROVED)
                        .close())
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("closed already"));
    }

    @Test
    void reopening_returns_a_crime_to_investigation_and_refuses_an_open_case() {
        assertThat(file(CaseStatus.CLOSED, Classification.CRIME, ReviewStatus.APPROVED)
                        .reopen())
                .isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        assertThat(file(CaseStatus.CLOSED, Classification.NCHI, ReviewStatus.APPROVED)
                        .reopen())
                .isEqualTo(CaseStatus.RECORDED);
        CaseFile noRecord = file(CaseStatus.CLOSED, Classification.NO_RECORD, ReviewStatus.APPROVED);
        assertThat(noRecord.reopen()).isEqualTo(CaseStatus.REPORTED);
        assertThat(noRecord.classification()).isNull();
        assertThatThrownBy(() -> file(CaseStatus.ALLOCATED, Classification.CRIME, ReviewStatus.APPROVED)
                        .reopen())
                .isInstanceOf(ConflictingState.class);
    }
}
