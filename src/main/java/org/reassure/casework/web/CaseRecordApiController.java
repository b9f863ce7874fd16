package org.reassure.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.CaseWork;
import org.reassure.casework.Cases;
import org.reassure.casework.People;
import org.reassure.casework.Person;
import org.reassure.casework.internal.CaseEvidence;
import org.reassure.casework.internal.CaseNotes;
import org.reassure.casework.internal.CaseRules;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.InvalidInput;
import org.reassure.reporting.ReportEvidence;

/**
 * The rest of the case record through the API, as the case page offers it: the people on the case and the repeat
 * victim matches, notes, the reporter's evidence, messages with the reporter, links between cases, the supervisor's
 * review, and closing and reopening. The same services, permissions and audit as the pages.
 */
@RestController
@RequestMapping("/api/v1/cases/{reference}")
@Tag(
        name = "Case record",
        description = "People, notes, evidence, messages, links, review, close and reopen. Wrong state: 409;"
                + " bad values: 422.")
class CaseRecordApiController {

    private final Cases cases;
    private final CaseWork caseWork;
    private final People people;
    private final CaseNotes notes;
    private final ReportEvidence evidence;
    private final CaseEvidence officerEvidence;

    CaseRecordApiController(
            Cases cases,
            CaseWork caseWork,
            People people,
            CaseNotes notes,
            ReportEvidence evidence,
            CaseEvidence officerEvidence) {
        this.officerEvidence = officerEvidence;
        this.cases = cases;
        this.caseWork = caseWork;
        this.people = people;
        this.notes = notes;
        this.evidence = evidence;
    }

    @Schema(description = "A person to add to the case")
    record NewPersonRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"VICTIM", "SUSPECT", "COMPLAINANT", "SUBJECT", "WITNESS", "REPORTER"})
            String role,

            String fullName,

            @Schema(description = "A date, like 1990-04-21", example = "1990-04-21")
            String dateOfBirth,

            String phone,
            String email,
            String address,
            String postcode,

            @Schema(description = "A description, for someone whose name is not known")
            String description) {}

    record MatchVerdictRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "True when it is the same victim")
            Boolean samePerson) {}

    record NoteRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 to 5,000 characters")
            String text) {}

    record NoteAnswer(String text, String author, Instant writtenAt) {}

    record MessageRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 to 2,000 characters, plain text")
            String text) {}

    record MessageAnswer(
            Instant at,

            @Schema(allowableValues = {"REPORTER", "OFFICER"})
            String from,

            String name,
            String text) {}

    record LinkRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The other case's reference")
            String other,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Why they are linked")
            String reason) {}

    record LinkAnswer(String reference, String reason, String linkedBy, Instant linkedAt) {}

    record ReviewRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"APPROVE", "RETURN"})
            String verdict,

            @Schema(description = "Required to return a decision: what to change")
            String comment) {}

    record ReasonRequest(
            @Schema(description = "Why: required to reopen a case")
            String reason) {}

    @Schema(
            description = "A file on the case: sent with the report (source REPORT) or added by an officer (source"
                    + " OFFICER, with what they said about it and what the malware scanner found)")
    record EvidenceAnswer(
            UUID id,
            String fileName,
            String contentType,
            int sizeBytes,
            String sha256,
            Instant addedAt,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"REPORT", "OFFICER"})
            String source,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Only a CLEAN or NOT_SCANNED file can be downloaded",
                    allowableValues = {"CLEAN", "NOT_SCANNED", "QUARANTINED", "INFECTED"})
            String scanStatus,

            String description,
            String providedBy,
            LocalDate obtainedOn,

            @Schema(allowableValues = {"FROM_VICTIM", "FROM_WITNESS", "OFFICER_DEVICE", "CCTV", "ONLINE", "OTHER"})
            String howObtained,

            String addedBy) {

        static EvidenceAnswer of(CaseEvidence.Item file) {
            return new EvidenceAnswer(
                    file.id(),
                    file.fileName(),
                    file.contentType(),
                    file.sizeBytes(),
                    file.sha256(),
                    file.addedAt(),
                    "OFFICER",
                    file.scan().name(),
                    file.description(),
                    file.providedBy(),
                    file.obtainedOn(),
                    file.howObtained().name(),
                    file.addedBy());
        }
    }

    @GetMapping("/people")
    @Operation(summary = "The people on the case (victim, reporter, witnesses, suspects)")
    @ApiResponse(responseCode = "200", description = "The people on the case")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    List<Person> people(@PathVariable String reference) {
        cases.requireVisible(me(), reference);
        return people.onCase(CaseRules.normalise(reference));
    }

    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person to the case; a victim is checked for earlier cases of the same person")
    @ApiResponse(responseCode = "201", description = "The person as added")
    @ApiResponse(responseCode = "409", description = "The case is closed or finalised")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    Person addPerson(@PathVariable String reference, @RequestBody NewPersonRequest request) {
        return people.add(
                me(),
                reference,
                new People.NewPerson(
                        request.role(),
                        request.fullName(),
                        request.dateOfBirth(),
                        request.phone(),
                        request.email(),
                        request.address(),
                        request.postcode(),
                        request.description()));
    }

    @PostMapping("/matches/{match}")
    @Operation(summary = "Decide a suggested repeat victim match: the same victim as the earlier case, or not")
    @ApiResponse(responseCode = "200", description = "The case's reference and its status")
    @ApiResponse(responseCode = "409", description = "The match was already decided")
    @Audited(action = AuditAction.COMBINATION, record = "case", id = "reference")
    CaseWorkApiController.StatusResponse decideMatch(
            @PathVariable String reference, @PathVariable long match, @RequestBody MatchVerdictRequest request) {
        if (request.samePerson() == null) {
            throw new InvalidInput("samePerson", "casework.problem.matchVerdictMissing");
        }
        people.decide(me(), reference, match, request.samePerson());
        return current(reference);
    }

    @GetMapping("/notes")
    @Operation(summary = "The case's notes, newest first")
    @ApiResponse(responseCode = "200", description = "The notes, newest first")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    List<NoteAnswer> notes(@PathVariable String reference) {
        cases.requireVisible(me(), reference);
        return notes.on(reference).stream()
                .map(note -> new NoteAnswer(note.body(), note.author(), note.writtenAt()))
                .toList();
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to the case")
    @ApiResponse(responseCode = "201", description = "Added: the case's reference and its status")
    @ApiResponse(responseCode = "409", description = "The case is closed or finalised")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    CaseWorkApiController.StatusResponse writeNote(@PathVariable String reference, @RequestBody NoteRequest request) {
        notes.write(me(), reference, request.text());
        return current(reference);
    }

    @GetMapping("/evidence")
    @Operation(
            summary = "The files sent with the report, then those officers added, each checked by type from its"
                    + " content")
    @ApiResponse(responseCode = "200", description = "The report's files, then the officers', each oldest first")
    @Audited(action = AuditAction.CONSULTATION, record = "case-evidence", id = "reference")
    List<EvidenceAnswer> evidence(@PathVariable String reference) {
        cases.requireVisible(me(), reference);
        List<EvidenceAnswer> files = new ArrayList<>();
        evidence.of(CaseRules.normalise(reference))
                .forEach(file -> files.add(new EvidenceAnswer(
                        file.id(),
                        file.fileName(),
                        file.contentType(),
                        file.sizeBytes(),
                        file.sha256(),
                        file.addedAt(),
                        "REPORT",
                        file.scanStatus().name(),
                        null,
                        null,
                        null,
                        null,
                        null)));
        officerEvidence.on(reference).forEach(file -> files.add(EvidenceAnswer.of(file)));
        return files;
    }

    @GetMapping("/evidence/{file}")
    @Operation(summary = "One evidence file, as an attachment with its checked type")
    @ApiResponse(
            responseCode = "200",
            description = "The file, as an attachment",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/gif", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(
            responseCode = "409",
            description = "An officer's file waiting to be scanned, or in which a virus was found")
    @Audited(action = AuditAction.DISCLOSURE, record = "case-evidence", id = "reference")
    ResponseEntity<byte[]> evidenceFile(@PathVariable String reference, @PathVariable UUID file) {
        cases.requireVisible(me(), reference);
        Optional<ReportEvidence.File> fromReport = evidence.open(CaseRules.normalise(reference), file);
        return fromReport.isPresent()
                ? EvidenceController.attachment(fromReport.get())
                : CaseEvidenceController.attachment(officerEvidence.open(me(), reference, file));
    }

    @GetMapping("/messages")
    @Operation(summary = "The messages with the person who reported; reading them as a case worker marks them read")
    @ApiResponse(responseCode = "200", description = "The messages, oldest first")
    @Audited(action = AuditAction.CONSULTATION, record = "report-message", id = "reference")
    List<MessageAnswer> messages(@PathVariable String reference) {
        return notes.messagesWithReporter(me(), reference).stream()
                .map(message -> new MessageAnswer(
                        message.sentAt(),
                        message.fromReporter() ? "REPORTER" : "OFFICER",
                        message.fromReporter() ? null : message.authorName(),
                        message.body()))
                .toList();
    }

    @PostMapping("/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write to the person who reported; they read it on their Track my report page")
    @ApiResponse(responseCode = "201", description = "Sent: the case's reference and its status")
    @ApiResponse(
            responseCode = "409",
            description = "The case did not start as a report, so there is no one to write to")
    @Audited(action = AuditAction.DISCLOSURE, record = "report-message", id = "reference")
    CaseWorkApiController.StatusResponse messageReporter(
            @PathVariable String reference, @RequestBody MessageRequest request) {
        notes.messageReporter(me(), reference, request.text());
        return current(reference);
    }

    @GetMapping("/links")
    @Operation(summary = "The cases linked to this one, both ways, with the reasons")
    @ApiResponse(responseCode = "200", description = "The linked cases")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    List<LinkAnswer> links(@PathVariable String reference) {
        cases.requireVisible(me(), reference);
        return notes.links(reference).stream()
                .map(link -> new LinkAnswer(link.reference(), link.reason(), link.linkedBy(), link.linkedAt()))
                .toList();
    }

    @PostMapping("/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link this case to another the caller can see, with the reason")
    @ApiResponse(responseCode = "201", description = "Linked: the case's reference and its status")
    @ApiResponse(responseCode = "409", description = "The two cases are linked already, or the case is closed")
    @Audited(action = AuditAction.COMBINATION, record = "case", id = "reference")
    CaseWorkApiController.StatusResponse link(@PathVariable String reference, @RequestBody LinkRequest request) {
        notes.link(me(), reference, request.other(), request.reason());
        return current(reference);
    }

    @PostMapping("/review")
    @Operation(summary = "A supervisor approves the recording decision, or returns it with a comment")
    @ApiResponse(responseCode = "200", description = "The case's reference and its status after the review")
    @ApiResponse(responseCode = "409", description = "There is no decision waiting for review")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    CaseWorkApiController.StatusResponse review(@PathVariable String reference, @RequestBody ReviewRequest request) {
        String verdict = request.verdict() == null ? "" : request.verdict().strip();
        if (!"APPROVE".equals(verdict) && !"RETURN".equals(verdict)) {
            throw new InvalidInput("verdict", "casework.problem.verdictMissing");
        }
        caseWork.review(me(), reference, "APPROVE".equals(verdict), request.comment());
        return current(reference);
    }

    @PostMapping("/close")
    @Operation(summary = "Close the case")
    @ApiResponse(responseCode = "200", description = "The case's reference and its status (CLOSED)")
    @ApiResponse(responseCode = "409", description = "The case must be finalised with an outcome first, or is closed")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    CaseWorkApiController.StatusResponse close(
            @PathVariable String reference, @RequestBody(required = false) ReasonRequest request) {
        caseWork.close(me(), reference, request == null ? null : request.reason());
        return current(reference);
    }

    @PostMapping("/reopen")
    @Operation(summary = "Reopen a closed or finalised case, with the reason")
    @ApiResponse(responseCode = "200", description = "The case's reference and its status after reopening")
    @ApiResponse(responseCode = "409", description = "The case is open already")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    CaseWorkApiController.StatusResponse reopen(@PathVariable String reference, @RequestBody ReasonRequest request) {
        caseWork.reopen(me(), reference, request.reason());
        return current(reference);
    }

    private CaseWorkApiController.StatusResponse current(String reference) {
        return new CaseWorkApiController.StatusResponse(
                CaseRules.normalise(reference), cases.statusOf(reference).name());
    }

    private static StaffPrincipal me() {
        return CurrentStaff.require();
    }
}
