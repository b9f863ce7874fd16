package org.reassure.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.internal.AllocationChecks;
import org.reassure.casework.internal.CaseEventPublisher;
import org.reassure.casework.internal.CaseFile;
import org.reassure.casework.internal.CaseFiles;
import org.reassure.casework.internal.CaseHistory;
import org.reassure.casework.internal.CaseRules;
import org.reassure.casework.internal.CaseworkProperties;
import org.reassure.casework.internal.RecordingChecks;
import org.reassure.casework.internal.RecordingWriter;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.InvalidInput;

/**
 * The use cases of case work, one method each, each one transaction: the access check, the guarded
 * transition on {@link CaseFile}, the change, its line in the case history and the event other modules
 * react to. Nothing is half-written: any refusal rolls the whole decision back.
 */
@Service
public class CaseWork {

    private final JdbcClient jdbc;
    private final CaseFiles files;
    private final CaseHistory history;
    private final RecordingChecks recordingChecks;
    private final RecordingWriter recordings;
    private final AllocationChecks allocationChecks;
    private final Catalogues catalogues;
    private final CaseEventPublisher events;
    private final Clock clock;

    CaseWork(
            JdbcClient jdbc,
            Units units,
            StaffAccounts accounts,
            Strands strands,
            Catalogues catalogues,
            CaseworkProperties properties,
            CaseEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        // The rule and writing helpers are built here from the collaborators the use cases have always had, so a
        // CaseWork with other settings (a force without the incident path) is one constructor call.
        this.files = new CaseFiles(jdbc, units, clock);
        this.history = new CaseHistory(jdbc, clock);
        this.recordingChecks = new RecordingChecks(strands, catalogues, properties);
        this.recordings = new RecordingWriter(jdbc);
        this.allocationChecks = new AllocationChecks(units, accounts);
        this.catalogues = catalogues;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CaseStatus record(StaffPrincipal person, String reference, RecordingDecision decision) {
        CaseFile file = files.open(person, reference, CaseRules.RECORDERS, "record decisions");
        List<String> strandCodes = recordingChecks.strandsOf(decision);
        List<String> religionCodes = recordingChecks.religionsOf(decision, strandCodes);
        CaseStatus from = file.status();
        CaseStatus to = file.record(decision.classification());
        Instant now = clock.instant();
        recordings.write(file, person, decision, strandCodes, religionCodes, now);
        String what = switch (decision.classification()) {
            case CRIME ->
                "Recorded as a crime: "
                        + catalogues
                                .offence(decision.offenceCode())
                                .map(Catalogues.Offence::name)
                                .orElse(decision.offenceCode());
            case NCHI -> "Recorded as a non-crime hate incident";
            case NO_RECORD -> "Decided not to record";
        };
        history.write(
                file.id(),
                person.getUsername(),
                from,
                to,
                what,
                decision.reason().strip());
        events.recorded(file.reference(), decision.classification(), strandCodes, now);
        if (decision.classification() == Classification.NCHI
                && decision.nchi() != null
                && Boolean.TRUE.equals(decision.nchi().notifySubject())) {
            events.subjectToBeNotified(file.reference(), now);
        }
        return to;
    }

    @Transactional
    public void review(StaffPrincipal person, String reference, boolean approve, String comment) {
        CaseFile file = files.open(person, reference, CaseRules.SUPERVISORS, "review recording decisions");
        String cleanComment = CaseRules.blankToNull(comment);
        if (!approve && cleanComment == null) {
            throw new InvalidInput("comment", "casework.problem.returnCommentMissing");
        }
        CaseStatus from = file.status();
        if (approve) {
            file.approve();
        } else {
            file.returnForChange();
        }
        jdbc.sql("""
                UPDATE hate_case SET status = ?, review_status = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?,
                       updated_at = ? WHERE id = ?""")
                .params(
                        file.status().name(),
                        file.review().name(),
                        cleanComment,
                        person.getUsername(),
                        ts(clock.instant()),
                        ts(clock.instant()),
                        file.id())
                .update();
        history.write(
                file.id(),
                person.getUsername(),
                from,
                file.status(),
                approve ? "Recording decision approved" : "Recording decision returned for change",
                cleanComment);
    }

    @Transactional
    public void allocate(
            StaffPrincipal person, String reference, String unitCode, String officerUsername, String reason) {
        CaseFile file = files.open(person, reference, CaseRules.SUPERVISORS, "allocate cases");
        boolean reallocation = file.isAllocated();
        AllocationChecks.Allocation allocation =
                allocationChecks.check(person, unitCode, officerUsername, reason, reallocation);
        CaseStatus from = file.status();
        CaseStatus to = file.allocate();
        Instant now = clock.instant();
        jdbc.sql("UPDATE hate_case SET status = ?, unit_id = ?, officer_id = ?, updated_at = ? WHERE id = ?")
                .params(to.name(), allocation.unit().id(), allocation.officer().id(), ts(now), file.id())
                .update();
        history.write(
                file.id(),
                person.getUsername(),
                from,
                to,
                (reallocation ? "Reallocated to " : "Allocated to ")
                        + allocation.officer().displayName()
                        + ", "
                        + allocation.unit().name(),
                CaseRules.blankToNull(reason));
        events.allocated(
                file.reference(),
                allocation.unit().code(),
                allocation.unit().id(),
                allocation.officer().username(),
                now);
    }

    @Transactional
    public void startInvestigation(StaffPrincipal person, String reference) {
        CaseFile file = files.open(person, reference, CaseRules.INVESTIGATORS, "investigate cases");
        CaseStatus from = file.status();
        CaseStatus to = file.startInvestigation();
        files.updateStatus(file, to);
        history.write(file.id(), person.getUsername(), from, to, "Investigation started", null);
    }

    @Transactional
    public void recordDecision(StaffPrincipal person, String reference, DecisionType type, Instant at, String note) {
        CaseFile file = files.open(person, reference, CaseRules.INVESTIGATORS, "record investigative decisions");
        if (type == null) {
            throw new InvalidInput("type", "casework.problem.decisionMissing");
        }
        Instant now = clock.instant();
        file.recordDecision(at, now);
        if (file.status() == CaseStatus.ALLOCATED && file.classification() == Classification.CRIME) {
            // The first investigative decision on an allocated crime means the investigation is under way.
            CaseStatus to = file.startInvestigation();
            files.updateStatus(file, to);
            history.write(file.id(), person.getUsername(), CaseStatus.ALLOCATED, to, "Investigation started", null);
        }
        String cleanNote = CaseRules.blankToNull(note);
        jdbc.sql("""
                INSERT INTO case_decision (case_id, type, decided_at, recorded_by, recorded_at, note)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(file.id(), type.name(), ts(at), person.getUsername(), ts(now), CaseRules.limit(cleanNote, 2000))
                .update();
        history.write(file.id(), person.getUsername(), null, null, "Decision: " + CaseHistory.english(type), cleanNote);
        events.decisionRecorded(file.reference(), type, at, now);
    }

    @Transactional
    public void recordWithdrawal(StaffPrincipal person, String reference, Instant at, String reason) {
        CaseFile file = files.open(person, reference, CaseRules.INVESTIGATORS, "record a withdrawal");
        if (CaseRules.blankToNull(reason) == null) {
            throw new InvalidInput("reason", "casework.problem.withdrawalReasonMissing");
        }
        Instant now = clock.instant();
        file.recordWithdrawal(at, now);
        jdbc.sql("UPDATE hate_case SET withdrawn_at = ?, withdrawal_reason = ?, updated_at = ? WHERE id = ?")
                .params(ts(at), CaseRules.limit(reason.strip(), 5000), ts(now), file.id())
                .update();
        history.write(
                file.id(),
                person.getUsername(),
                null,
                null,
                "Victim withdrew support for the investigation",
                reason.strip());
        events.victimWithdrew(file.reference(), at, file.status().name());
    }

    @Transactional
    public void finalise(StaffPrincipal person, String reference, Integer outcomeCode, Instant at) {
        CaseFile file = files.open(person, reference, CaseRules.INVESTIGATORS, "finalise cases");
        if (outcomeCode == null) {
            throw new InvalidInput("code", "casework.problem.outcomeMissing");
        }
        Catalogues.Outcome outcome = catalogues
                .outcome(outcomeCode)
                .orElseThrow(() -> new InvalidInput("code", "casework.problem.noSuchOutcome", outcomeCode.toString()));
        Instant now = clock.instant();
        CaseStatus from = file.status();
        CaseStatus to = file.finalise(at, now);
        jdbc.sql("UPDATE hate_case SET status = ?, outcome_code = ?, finalised_at = ?, updated_at = ? WHERE id = ?")
                .params(to.name(), outcome.code(), ts(at), ts(now), file.id())
                .update();
        history.write(
                file.id(),
                person.getUsername(),
                from,
                to,
                "Finalised: outcome " + outcome.code() + ", " + outcome.name(),
                null);
        events.finalised(file.reference(), outcome.code(), at);
    }

    @Transactional
    public void close(StaffPrincipal person, String reference, String reason) {
        CaseFile file = files.open(person, reference, CaseRules.INVESTIGATORS, "close cases");
        CaseStatus from = file.status();
        CaseStatus to = file.close();
        files.updateStatus(file, to);
        history.write(file.id(), person.getUsername(), from, to, "Closed", CaseRules.blankToNull(reason));
    }

    @Transactional
    public void reopen(StaffPrincipal person, String reference, String reason) {
        CaseFile file = files.open(person, reference, CaseRules.SUPERVISORS, "reopen cases");
        if (CaseRules.blankToNull(reason) == null) {
            throw new InvalidInput("reason", "casework.problem.reopenReasonMissing");
        }
        CaseStatus from = file.status();
        CaseStatus to = file.reopen();
        jdbc.sql("""
                UPDATE hate_case SET status = ?, outcome_code = NULL, finalised_at = NULL, classification = ?, review_status = ?,
                       updated_at = ? WHERE id = ?""")
                .params(
                        to.name(),
                        file.classification() == null
                                ? null
                                : file.classification().name(),
                        file.review() == null ? null : file.review().name(),
                        ts(clock.instant()),
                        file.id())
                .update();
        history.write(file.id(), person.getUsername(), from, to, "Reopened", reason.strip());
        events.reopened(file.reference(), clock.instant());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
