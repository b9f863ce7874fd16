package org.reassure.casework.internal;

import java.time.Instant;
import java.util.UUID;

import org.reassure.casework.CaseStatus;
import org.reassure.casework.Classification;
import org.reassure.casework.ReviewStatus;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/**
 * A case as its life-cycle sees it. Each transition is a method that refuses a move the case's state does
 * not allow, with a message for the person who tried; the caller writes the result and its history.
 */
public final class CaseFile {

    private final UUID id;
    private final String reference;
    private final long unitId;
    private final Instant receivedAt;
    private CaseStatus status;
    private Classification classification;
    private ReviewStatus review;
    private Instant withdrawnAt;

    CaseFile(
            UUID id,
            String reference,
            long unitId,
            Instant receivedAt,
            CaseStatus status,
            Classification classification,
            ReviewStatus review,
            Instant withdrawnAt) {
        this.id = id;
        this.reference = reference;
        this.unitId = unitId;
        this.receivedAt = receivedAt;
        this.status = status;
        this.classification = classification;
        this.review = review;
        this.withdrawnAt = withdrawnAt;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long unitId() {
        return unitId;
    }

    public CaseStatus status() {
        return status;
    }

    public Classification classification() {
        return classification;
    }

    public ReviewStatus review() {
        return review;
    }

    /** Crime and incident stay open for work; "no record" closes the report. Both wait for a supervisor. */
    public CaseStatus record(Classification decision) {
        if (status != CaseStatus.REPORTED) {
            throw new ConflictingState("casework.problem.alreadyRecorded", inSentence(status));
        }
        classification = decision;
        review = ReviewStatus.PENDING;
        status = decision == Classification.NO_RECORD ? CaseStatus.CLOSED : CaseStatus.RECORDED;
        return status;
    }

    public void approve() {
        requirePendingReview();
        review = ReviewStatus.APPROVED;
    }

    /** A returned decision sends the case back to triage to be recorded again. */
    public CaseStatus returnForChange() {
        requirePendingReview();
        if (status != CaseStatus.RECORDED
                && !(status == CaseStatus.CLOSED && classification == Classification.NO_RECORD)) {
            throw new ConflictingState("casework.problem.workStarted");
        }
        review = ReviewStatus.RETURNED;
        status = CaseStatus.REPORTED;
        return status;
    }

    /** First allocation moves a recorded case on; reallocation keeps its status. */
    public CaseStatus allocate() {
        switch (status) {
            case RECORDED -> status = CaseStatus.ALLOCATED;
            case ALLOCATED, UNDER_INVESTIGATION -> {}
            case REPORTED -> throw new ConflictingState("casework.problem.recordBeforeAllocating");
            default -> throw new ConflictingState("casework.problem.cannotAllocate", inSentence(status));
        }
        return status;
    }

    public boolean isAllocated() {
        return status == CaseStatus.ALLOCATED || status == CaseStatus.UNDER_INVESTIGATION;
    }

    public CaseStatus startInvestigation() {
        if (status != CaseStatus.ALLOCATED) {
            throw new ConflictingState("casework.problem.investigateAllocatedOnly", inSentence(status));
        }
        if (classification != Classification.CRIME) {
            throw new ConflictingState("casework.problem.incidentNotInvestigated");
        }
        status = CaseStatus.UNDER_INVESTIGATION;
        return status;
    }

    public void recordDecision(Instant decidedAt, Instant now) {
        if (!isAllocated()) {
            throw new ConflictingState("casework.problem.decisionsOnAllocatedOnly", inSentence(status));
        }
        checkTime(decidedAt, now, "at");
    }

    public void recordWithdrawal(Instant at, Instant now) {
        if (status != CaseStatus.RECORDED && !isAllocated()) {
            throw new ConflictingState("casework.problem.withdrawalOnOpenOnly", inSentence(status));
        }
        if (withdrawnAt != null) {
            throw new ConflictingState("casework.problem.withdrawalRecordedAlready");
        }
        checkTime(at, now, "at");
        withdrawnAt = at;
    }

    public CaseStatus finalise(Instant at, Instant now) {
        if (status != CaseStatus.UNDER_INVESTIGATION) {
            throw new ConflictingState("casework.problem.finaliseInvestigatedOnly", inSentence(status));
        }
        checkTime(at, now, "at");
        status = CaseStatus.FINALISED;
        return status;
    }

    /** A finalised crime, or an incident whose work is done, is closed. */
    public CaseStatus close() {
        boolean incidentDone = classification == Classification.NCHI
                && (status == CaseStatus.RECORDED || status == CaseStatus.ALLOCATED);
        if (status != CaseStatus.FINALISED && !incidentDone) {
            throw new ConflictingState(
                    status == CaseStatus.CLOSED
                            ? "casework.problem.closedAlready"
                            : "casework.problem.finaliseBeforeClosing");
        }
        status = CaseStatus.CLOSED;
        return status;
    }

    public CaseStatus reopen() {
        if (status != CaseStatus.CLOSED && status != CaseStatus.FINALISED) {
            throw new ConflictingState("casework.problem.reopenFinishedOnly", inSentence(status));
        }
        status = classification == Classification.CRIME
                ? CaseStatus.UNDER_INVESTIGATION
                : classification == Classification.NCHI ? CaseStatus.RECORDED : CaseStatus.REPORTED;
        if (status == CaseStatus.REPORTED) {
            classification = null;
            review = null;
        }
        return status;
    }

    private void requirePendingReview() {
        if (review != ReviewStatus.PENDING) {
            if (review == null) {
                throw new ConflictingState("casework.problem.nothingToReview");
            }
            throw new ConflictingState(
                    "casework.problem.reviewedAlready",
                    Message.of(
                            switch (review) {
                                case PENDING -> "casework.reviewStatus.inSentence.PENDING";
                                case APPROVED -> "casework.reviewStatus.inSentence.APPROVED";
                                case RETURNED -> "casework.reviewStatus.inSentence.RETURNED";
                            }));
        }
    }

    private void checkTime(Instant at, Instant now, String field) {
        if (at == null) {
            throw new InvalidInput(field, "casework.problem.dateTimeMissing");
        }
        if (at.isAfter(now.plusSeconds(60))) {
            throw new InvalidInput(field, "casework.problem.dateTimeInFuture");
        }
        if (at.isBefore(receivedAt.minusSeconds(60))) {
            throw new InvalidInput(field, "casework.problem.dateTimeBeforeReport");
        }
    }

    /** The status in the middle of a sentence ("this one is closed"). */
    private static Message inSentence(CaseStatus status) {
        return Message.of(
                switch (status) {
                    case REPORTED -> "casework.caseStatus.inSentence.REPORTED";
                    case RECORDED -> "casework.caseStatus.inSentence.RECORDED";
                    case ALLOCATED -> "casework.caseStatus.inSentence.ALLOCATED";
                    case UNDER_INVESTIGATION -> "casework.caseStatus.inSentence.UNDER_INVESTIGATION";
                    case FINALISED -> "casework.caseStatus.inSentence.FINALISED";
                    case CLOSED -> "casework.caseStatus.inSentence.CLOSED";
                });
    }
}
