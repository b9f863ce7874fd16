package org.reassure.care.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.care.ContactChannel;
import org.reassure.care.internal.NeedsAssessment;
import org.reassure.care.internal.NeedsAssessmentValidator;
import org.reassure.care.internal.NeedsAssessments;
import org.reassure.care.internal.RiskLevel;
import org.reassure.care.internal.Statement;
import org.reassure.care.internal.Statements;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.InvalidInput;

/** The staff API of the victim's needs assessments and statements, as versions. */
@RestController
@RequestMapping("/api/v1/cases/{reference}")
@Tag(name = "Victim care", description = "Contacts and care tasks. Bad values: 422; a task done twice: 409.")
class CareNeedsApiController {

    private final NeedsAssessments assessments;
    private final Statements statements;

    CareNeedsApiController(NeedsAssessments assessments, Statements statements) {
        this.assessments = assessments;
        this.statements = statements;
    }

    /** Absent flags mean no. */
    record AssessmentRequest(
            Boolean interpreterNeeded,

            @Schema(ref = "#/components/schemas/LanguageCode")
            String language,

            String adjustments,
            String risk,
            String riskReasons,
            Boolean vulnerable,
            Boolean intimidated,
            Boolean persistentlyTargeted,
            String supportWanted,
            String preferredChannel,
            Integer updateEveryDays,
            String safeTimes,
            List<String> refusedChannels,
            Boolean noMessages) {}

    record AssessmentJson(
            int version,
            boolean interpreterNeeded,
            String language,
            String adjustments,
            String risk,
            String riskReasons,
            boolean vulnerable,
            boolean intimidated,
            boolean persistentlyTargeted,
            String supportWanted,
            String safeTimes,
            List<String> refusedChannels,
            boolean noMessages,
            String assessedBy,
            Instant assessedAt) {

        static AssessmentJson of(NeedsAssessment a) {
            return new AssessmentJson(
                    a.version(),
                    a.interpreterNeeded(),
                    a.language(),
                    a.adjustments(),
                    a.risk().name(),
                    a.riskReasons(),
                    a.vulnerable(),
                    a.intimidated(),
                    a.persistentlyTargeted(),
                    a.supportWanted(),
                    a.safeTimes(),
                    a.refusedChannels().stream().sorted().map(Enum::name).toList(),
                    a.noMessages(),
                    a.assessedBy(),
                    a.assessedAt());
        }
    }

    record StatementRequest(String kind, String text, String takenBy, String takenOn, String readAloud) {}

    record StatementJson(
            String kind,
            int version,
            String text,
            String takenBy,
            LocalDate takenOn,
            String readAloud,
            String recordedBy,
            Instant recordedAt) {

        static StatementJson of(Statement s) {
            return new StatementJson(
                    s.kind().name(),
                    s.version(),
                    s.body(),
                    s.takenBy(),
                    s.takenOn(),
                    s.readAloud() == null ? null : s.readAloud().name(),
                    s.recordedBy(),
                    s.recordedAt());
        }
    }

    @GetMapping("/needs-assessments")
    @Operation(summary = "Every version of the victim's needs assessment, newest first")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    List<AssessmentJson> assessments(@PathVariable String reference) {
        return assessments.history(CurrentStaff.require(), reference).stream()
                .map(AssessmentJson::of)
                .toList();
    }

    @PostMapping("/needs-assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Record a needs assessment as a new version; it completes the needs assessment task, records the agreed update "
                            + "channel and frequency, and a HIGH risk asks the unit's supervisors for a review. Bad values: 422")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    AssessmentJson assess(@PathVariable String reference, @RequestBody AssessmentRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        RiskLevel risk = code(RiskLevel.class, request.risk(), "risk", errors);
        ContactChannel preferred = code(ContactChannel.class, request.preferredChannel(), "preferredChannel", errors);
        Set<ContactChannel> refused = EnumSet.noneOf(ContactChannel.class);
        (request.refusedChannels() == null ? List.<String>of() : request.refusedChannels()).forEach(value -> {
            ContactChannel channel = code(ContactChannel.class, value, "refusedChannels", errors);
            if (channel != null) {
                refused.add(channel);
            }
        });
        NeedsAssessment.Draft draft = new NeedsAssessment.Draft(
                request.interpreterNeeded(),
                request.language(),
                request.adjustments(),
                risk,
                request.riskReasons(),
                Boolean.TRUE.equals(request.vulnerable()),
                Boolean.TRUE.equals(request.intimidated()),
                Boolean.TRUE.equals(request.persistentlyTargeted()),
                request.supportWanted(),
                preferred,
                request.updateEveryDays(),
                request.safeTimes(),
                refused,
                Boolean.TRUE.equals(request.noMessages()));
        NeedsAssessmentValidator.problems(draft).all().stream()
                .filter(e -> errors.stream().noneMatch(known -> known.field().equals(e.field())))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return AssessmentJson.of(assessments.assess(CurrentStaff.require(), reference, draft));
    }

    @GetMapping("/statements")
    @Operation(
            summary =
                    "Every version of the Victim Personal Statement and the Community Impact Statement, newest first within each kind")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    List<StatementJson> statements(@PathVariable String reference) {
        return statements.forCase(CurrentStaff.require(), reference).stream()
                .map(StatementJson::of)
                .toList();
    }

    @PostMapping("/statements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Add a version of a statement: kind VICTIM_PERSONAL (readAloud VICTIM_READS, READ_FOR_VICTIM or NOT_READ) or "
                            + "COMMUNITY_IMPACT; takenOn is a date. Earlier versions are never changed. Bad values: 422")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    StatementJson addStatement(@PathVariable String reference, @RequestBody StatementRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Statement.Kind kind = code(Statement.Kind.class, request.kind(), "kind", errors);
        Statement.ReadAloud readAloud =
                request.readAloud() == null || request.readAloud().isBlank()
                        ? null
                        : code(Statement.ReadAloud.class, request.readAloud(), "readAloud", errors);
        LocalDate takenOn = null;
        try {
            takenOn = request.takenOn() == null
                    ? null
                    : LocalDate.parse(request.takenOn().trim());
        } catch (DateTimeParseException notADate) {
            errors.add(new InvalidInput.FieldError("takenOn", "care.problem.apiTakenOn"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return StatementJson.of(statements.add(
                CurrentStaff.require(),
                reference,
                new Statement.Draft(kind, request.text(), request.takenBy(), takenOn, readAloud)));
    }

    /** An optional code: absent is null (the checks that follow say what is missing), unknown is an error. */
    private static <E extends Enum<E>> E code(
            Class<E> type, String value, String field, List<InvalidInput.FieldError> errors) {
        return value == null || value.isBlank() ? null : CareApiController.parse(type, value, field, errors);
    }
}
