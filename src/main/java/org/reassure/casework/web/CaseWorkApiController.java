package org.reassure.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditEntry;
import org.reassure.audit.AuditLog;
import org.reassure.audit.Audited;
import org.reassure.casework.CaseFlag;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.CaseWork;
import org.reassure.casework.Cases;
import org.reassure.casework.Classification;
import org.reassure.casework.DecisionType;
import org.reassure.casework.RecordingDecision;
import org.reassure.casework.internal.CaseRules;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;

/**
 * The staff API's case work: recording, allocation, key decisions, withdrawal, outcome and the audit
 * trail, with the same rules as the pages. Codes arrive as text so that an unknown one is a 422 naming
 * the field, not an unreadable body.
 */
@RestController
@RequestMapping("/api/v1/cases/{reference}")
@Tag(name = "Case work", description = "Decisions on a case. Wrong state: 409; unknown codes or bad values: 422.")
class CaseWorkApiController {

    private final CaseWork caseWork;
    private final Cases cases;
    private final AuditLog auditLog;

    CaseWorkApiController(CaseWork caseWork, Cases cases, AuditLog auditLog) {
        this.caseWork = caseWork;
        this.cases = cases;
        this.auditLog = auditLog;
    }

    record StatusResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String reference,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String status) {}

    record NchiRequest(
            boolean notTrivial,
            boolean notIrrational,
            boolean notMalicious,
            boolean basisForHostility,
            Boolean keepSubjectData,
            String subjectDataReason,
            Boolean notifySubject,
            String noNotificationReason) {}

    record RecordingRequest(
            String classification,
            String offence,
            List<String> strands,
            List<String> religions,
            List<String> flags,
            String reason,
            NchiRequest nchi) {}

    record AllocationRequest(String unit, String officer, String reason) {}

    record DecisionRequest(String type, String at, String note) {}

    record WithdrawalRequest(String at, String reason) {}

    record OutcomeRequest(Integer code, String at) {}

    @PostMapping("/recording")
    @ApiResponse(responseCode = "200", description = "The case's reference and its status after the decision")
    @ApiResponse(responseCode = "409", description = "The report was already recorded, or work on it has started")
    @Operation(
            summary =
                    "Record the decision: CRIME (with an offence code), NCHI or NO_RECORD, with the strands and reasons")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    StatusResponse record(@PathVariable String reference, @RequestBody RecordingRequest request) {
        Classification classification = parse(Classification.class, request.classification(), "classification");
        Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        if (request.flags() != null) {
            request.flags().forEach(flag -> flags.add(parse(CaseFlag.class, flag, "flags")));
        }
        NchiRequest n = request.nchi();
        RecordingDecision.NchiAssessment nchi = n == null
                ? null
                : new RecordingDecision.NchiAssessment(
                        n.notTrivial(),
                        n.notIrrational(),
                        n.notMalicious(),
                        n.basisForHostility(),
                        n.keepSubjectData(),
                        n.subjectDataReason(),
                        n.notifySubject(),
                        n.noNotificationReason());
        CaseStatus status = caseWork.record(
                me(),
                reference,
                new RecordingDecision(
                        classification,
                        request.offence(),
                        request.strands(),
                        request.religions(),
                        flags,
                        request.reason(),
                        nchi));
        return new StatusResponse(CaseRules.normalise(reference), status.name());
    }

    @PostMapping("/allocation")
    @ApiResponse(responseCode = "200", description = "The case's reference and its status")
    @ApiResponse(
            responseCode = "409",
            description = "The case cannot be allocated in its status (a report is recorded first)")
    @Operation(summary = "Allocate (or reallocate, with a reason) to a unit the caller can see and an officer in it")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    StatusResponse allocate(@PathVariable String reference, @RequestBody AllocationRequest request) {
        caseWork.allocate(me(), reference, request.unit(), request.officer(), request.reason());
        return current(reference);
    }

    @PostMapping("/decisions")
    @ApiResponse(responseCode = "201", description = "Recorded: the case's reference and its status")
    @ApiResponse(responseCode = "409", description = "Decisions are recorded on allocated cases only")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a key investigative decision the victim must be told of")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    StatusResponse decide(@PathVariable String reference, @RequestBody DecisionRequest request) {
        DecisionType type = parse(DecisionType.class, request.type(), "type");
        caseWork.recordDecision(me(), reference, type, time(request.at(), "at"), request.note());
        return current(reference);
    }

    @PostMapping("/withdrawal")
    @ApiResponse(responseCode = "200", description = "The case's reference and its status")
    @ApiResponse(responseCode = "409", description = "The case is not open, or a withdrawal is already recorded")
    @Operation(summary = "Record that the victim withdrew support for the investigation")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    StatusResponse withdraw(@PathVariable String reference, @RequestBody WithdrawalRequest request) {
        caseWork.recordWithdrawal(me(), reference, time(request.at(), "at"), request.reason());
        return current(reference);
    }

    @PostMapping("/outcome")
    @ApiResponse(responseCode = "200", description = "The case's reference and its status (FINALISED)")
    @ApiResponse(responseCode = "409", description = "Only a case under investigation is finalised")
    @Operation(summary = "Finalise a case under investigation with a Home Office outcome code (1 to 23)")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    StatusResponse outcome(@PathVariable String reference, @RequestBody OutcomeRequest request) {
        if (request.code() == null || request.code() < 1 || request.code() > 23) {
            throw new InvalidInput("code", "casework.problem.outcomeCodeRange");
        }
        caseWork.finalise(me(), reference, request.code(), time(request.at(), "at"));
        return current(reference);
    }

    record AuditLine(
            long seq, Instant at, String actor, String action, String justification, String outcome, String detail) {}

    @GetMapping("/audit")
    @Operation(summary = "Who looked at or changed this case, when and why (supervisors and administrators)")
    @Audited(action = AuditAction.CONSULTATION, record = "case-audit", id = "reference")
    List<AuditLine> audit(@PathVariable String reference) {
        StaffPrincipal me = me();
        if (!me.hasRole(Role.SUPERVISOR) && !me.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only supervisors and administrators read a case's audit trail.");
        }
        cases.requireVisible(me, reference);
        return auditLog.forRecord("case", CaseRules.normalise(reference)).stream()
                .map(CaseWorkApiController::line)
                .toList();
    }

    private static AuditLine line(AuditEntry entry) {
        return new AuditLine(
                entry.seq(),
                entry.occurredAt(),
                entry.actor(),
                entry.action().name(),
                entry.justification(),
                entry.outcome().name(),
                entry.detail());
    }

    private StatusResponse current(String reference) {
        return new StatusResponse(
                CaseRules.normalise(reference), cases.statusOf(reference).name());
    }

    private static StaffPrincipal me() {
        return CurrentStaff.require();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(
                    field, "casework.problem.valueMissing", field, Arrays.toString(type.getEnumConstants()));
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(
                    field,
                    "casework.problem.noSuchValue",
                    field,
                    value.trim(),
                    Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO 8601 time with offset, or a date (taken as midday UK time); absent means now. */
    static Instant time(String value, String field) {
        if (value == null || value.isBlank()) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value.trim())
                        .atTime(12, 0)
                        .atZone(Formats.UK)
                        .toInstant();
            } catch (DateTimeParseException notDate) {
                throw new InvalidInput(field, "casework.problem.isoTimeFormat");
            }
        }
    }
}
