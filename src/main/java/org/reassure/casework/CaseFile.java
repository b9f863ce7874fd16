package org.reassure.casework;

import java.time.Instant;
import java.util.UUID;

import org.reassure.platform.ConflictingState;

/**
 * A case as its life-cycle sees it. Each transition is a method that refuses a move the case's state does
 * not allow, with a message for the person who tried; the caller writes the result and its history.
 */
final class CaseFile {

    final UUID id;
    final String reference;
    final long unitId;
    final Instant receivedAt;
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

    CaseStatus status() {
        return status;
    }

    Classification classification() {
        return classification;
    }

    ReviewStatus review() {
        return review;
    }

    /** Crime and incident stay open for work; "no record" closes the report. Both wait for a supervisor. */
    CaseStatus record(Classification decision) {
        if (status != CaseStatus.REPORTED) {
            throw new ConflictingState("This case has a recording decision already ("
                    + status.label().toLowerCase() + "). A supervisor can return it for change.");
        }
        classification = decision;
        review = ReviewStatus.PENDING;
        status = decision == Classification.NO_RECORD ? CaseStatus.CLOSED : CaseStatus.RECORDED;
        return status;
    }

    void approve() {
        requirePendingReview();
        review = ReviewStatus.APPROVED;
    }

    /** A returned decision sends the case back to triage to be recorded again. */
    CaseStatus returnForChange() {
        requirePendingReview();
        if (status != CaseStatus.RECORDED
                && !(status == CaseStatus.CLOSED && classification == Classification.NO_RECORD)) {
            throw new ConflictingState(
                    "Work has started on this case, so its recording can no longer be returned. Reopen it instead.");
        }
        review = ReviewStatus.RETURNED;
        status = CaseStatus.REPORTED;
        return status;
    }

    /** First allocation moves a recorded case on; reallocation keeps its status. */
    CaseStatus allocate() {
        switch (status) {
            case RECORDED -> status = CaseStatus.ALLOCATED;
            case ALLOCATED, UNDER_INVESTIGATION -> {}
            case REPORTED -> throw new ConflictingState("Record a decision on this report before allocating it.");
            default ->
                throw new ConflictingState(
                        "A " + status.label().toLowerCase() + " case cannot be allocated. Reopen it first.");
        }
        return status;
    }

    boolean isAllocated() {
        return status == CaseStatus.ALLOCATED || status == CaseStatus.UNDER_INVESTIGATION;
    }

    CaseStatus startInvestigation() {
        if (status != CaseStatus.ALLOCATED) {
            throw new ConflictingState("Only an allocated case can go under investigation; this one is "
                    + status.label().toLowerCase() + ".");
        }
        if (classification != Classification.CRIME) {
            throw new ConflictingState(
                    "A non-crime hate incident is not investigated. Close it when the work is done.");
        }
        status = CaseStatus.UNDER_INVESTIGATION;
        return status;
    }

    void recordDecision(Instant decidedAt, Instant now) {
        if (!isAllocated()) {
            throw new ConflictingState("Key decisions are recorded on allocated cases; this one is "
                    + status.label().toLowerCase() + ".");
        }
        checkTime(decidedAt, now, "at");
    }

    void recordWithdrawal(Instant at, Instant now) {
        if (status != CaseStatus.RECORDED && !isAllocated()) {
            throw new ConflictingState("A withdrawal is recorded on an open case; this one is "
                    + status.label().toLowerCase() + ".");
        }
        if (withdrawnAt != null) {
            throw new ConflictingState("The victim's withdrawal of support is already recorded on this case.");
        }
        checkTime(at, now, "at");
        withdrawnAt = at;
    }

    CaseStatus finalise(Instant at, Instant now) {
        if (status != CaseStatus.UNDER_INVESTIGATION) {
            throw new ConflictingState("Only a case under investigation can be finalised; this one is "
                    + status.label().toLowerCase() + ".");
        }
        checkTime(at, now, "at");
        status = CaseStatus.FINALISED;
        return status;
    }

    /** A finalised crime, or an incident whose work is done, is closed. */
    CaseStatus close() {
        boolean incidentDone = classification == Classification.NCHI
                && (status == CaseStatus.RECORDED || status == CaseStatus.ALLOCATED);
        if (status != CaseStatus.FINALISED && !incidentDone) {
            throw new ConflictingState(
                    status == CaseStatus.CLOSED
                            ? "This case is closed already."
                            : "Finalise this case with an outcome before closing it.");
        }
        status = CaseStatus.CLOSED;
        return status;
    }

    CaseStatus reopen() {
        if (status != CaseStatus.CLOSED && status != CaseStatus.FINALISED) {
            throw new ConflictingState("Only a finalised or closed case can be reopened; this one is "
                    + status.label().toLowerCase() + ".");
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
            throw new ConflictingState(
                    review == null
                            ? "This case has no recording decision to review."
                            : "This recording decision has been reviewed already ("
                                    + review.label().toLowerCase() + ").");
        }
    }

    private void checkTime(Instant at, Instant now, String field) {
        if (at == null) {
            throw new org.reassure.platform.InvalidInput(field, "Enter the date and time");
        }
        if (at.isAfter(now.plusSeconds(60))) {
            throw new org.reassure.platform.InvalidInput(field, "The date and time must be in the past");
        }
        if (at.isBefore(receivedAt.minusSeconds(60))) {
            throw new org.reassure.platform.InvalidInput(
                    field, "The date and time must be after the report was received");
        }
    }
}
