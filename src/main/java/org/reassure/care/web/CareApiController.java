package org.reassure.care.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.care.Contact;
import org.reassure.care.ContactChannel;
import org.reassure.care.ContactOutcome;
import org.reassure.care.Contacts;
import org.reassure.care.SafeWindows;
import org.reassure.care.TaskKind;
import org.reassure.care.internal.CareAccess;
import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.SafeContactTimes;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;
import org.reassure.reporting.VictimSatisfaction;

/** The staff API of victim care: contacts with the victim and care tasks with their clocks. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Victim care", description = "Contacts and care tasks. Bad values: 422; a task done twice: 409.")
class CareApiController {

    private final Contacts contacts;
    private final CareTasks tasks;
    private final CareAccess access;
    private final VictimSatisfaction satisfaction;
    private final SafeContactTimes safeTimes;

    private final MessageSource messages;

    CareApiController(
            Contacts contacts,
            CareTasks tasks,
            CareAccess access,
            VictimSatisfaction satisfaction,
            SafeContactTimes safeTimes,
            MessageSource messages) {
        this.messages = messages;
        this.safeTimes = safeTimes;
        this.contacts = contacts;
        this.tasks = tasks;
        this.access = access;
        this.satisfaction = satisfaction;
    }

    /**
     * The victim's satisfaction survey answers: each a point of the seven-point scale (only {@code overall} is required);
     * {@code respondent} is {@code VICTIM}, {@code ON_BEHALF} or {@code WITNESS}; {@code channel} is {@code TELEPHONE} or
     * {@code IN_PERSON} when staff record them ({@code ONLINE} when given on Track my report).
     */
    record SatisfactionJson(
            String overall,
            String keptInformed,
            String treatment,
            String comments,
            String respondent,
            String channel,
            Instant answeredAt,
            String recordedBy) {

        static SatisfactionJson of(VictimSatisfaction.Answers a) {
            return new SatisfactionJson(
                    a.overall().name(),
                    a.keptInformed() == null ? null : a.keptInformed().name(),
                    a.treatment() == null ? null : a.treatment().name(),
                    a.comments(),
                    a.respondent().name(),
                    a.channel().name(),
                    a.answeredAt(),
                    a.recordedBy());
        }
    }

    @GetMapping("/cases/{reference}/satisfaction")
    @Operation(summary = "The victim's satisfaction survey answers; 404 while none were given")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    SatisfactionJson satisfaction(@PathVariable String reference) {
        String ref = access.seeing(CurrentStaff.require(), reference);
        return satisfaction
                .of(ref)
                .map(SatisfactionJson::of)
                .orElseThrow(() -> new NotFound("care.problem.noSatisfaction", ref));
    }

    @PostMapping("/cases/{reference}/satisfaction")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Recorded: the answers as kept")
    @ApiResponse(responseCode = "409", description = "The case has not finished yet, or answers were already recorded")
    @Operation(
            summary = "Record the answers the victim gave in a survey call or in person, once the case has finished",
            description =
                    "409 before the case is finalised or closed, and when answers were already recorded; 422 names each bad field.")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    SatisfactionJson recordSatisfaction(@PathVariable String reference, @RequestBody SatisfactionJson request) {
        StaffPrincipal me = CurrentStaff.require();
        String ref = access.contactingVictim(me, reference);
        return SatisfactionJson.of(satisfaction.recordBySurvey(
                ref,
                new VictimSatisfaction.Given(
                        request.overall(), request.keptInformed(), request.treatment(), request.comments()),
                Options.option(VictimSatisfaction.Respondent.class, request.respondent()),
                Options.option(VictimSatisfaction.Channel.class, request.channel()),
                me.getUsername()));
    }

    /**
     * {@code refusedChannelReason}: needed only for a channel the victim refused in their needs assessment (else 422);
     * {@code outsideSafeTimesReason}: needed only for a PHONE or IN_PERSON contact outside the victim's safe contact
     * times (else 422 on that field).
     */
    record ContactRequest(
            String kind,
            String channel,
            String outcome,
            String at,
            String note,
            String refusedChannelReason,
            String outsideSafeTimesReason) {}

    /** A task as api.md names it: {@code id, case, kind, dueAt, status, rule}. */
    record TaskJson(
            String id,

            @JsonProperty("case") String caseReference,

            String kind,
            Instant dueAt,
            String status,
            String rule,

            @Schema(
                    description =
                            "For an open task due outside every window of the victim's safe contact times, the start of the"
                                    + " first safe window after dueAt (the clock still runs to dueAt); null otherwise",
                    nullable = true)
            Instant firstSafeAt,

            @Schema(
                    description =
                            "More about the task, in the language asked for: what to fix when a notification could not"
                                    + " be delivered (kind NOTIFICATION_FAILED), or the notification that did it; null"
                                    + " otherwise",
                    nullable = true)
            String note) {

        static TaskJson of(CareTask task, SafeWindows windows, MessageSource messages) {
            return new TaskJson(
                    task.id().toString(),
                    task.caseReference(),
                    task.kind().name(),
                    task.dueAt(),
                    task.status().name(),
                    task.rule(),
                    task.status().isOpen() ? windows.firstSafeAt(task.dueAt()) : null,
                    task.note() == null ? null : messages.getMessage(task.note(), LocaleContextHolder.getLocale()));
        }
    }

    record ContactJson(
            String id,

            @JsonProperty("case") String caseReference,

            String kind,
            String channel,
            String outcome,
            Instant at,
            String note,
            String recordedBy,
            String completedTask,
            String refusedChannelReason,
            String outsideSafeTimesReason) {

        static ContactJson of(Contact contact) {
            return new ContactJson(
                    contact.id().toString(),
                    contact.caseReference(),
                    contact.kind().name(),
                    contact.channel().name(),
                    contact.outcome().name(),
                    contact.at(),
                    contact.note(),
                    contact.recordedBy(),
                    contact.completedTask() == null
                            ? null
                            : contact.completedTask().toString(),
                    contact.refusedChannelReason(),
                    contact.outsideSafeTimesReason());
        }
    }

    record CompletionRequest(String at) {}

    @PostMapping("/cases/{reference}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Record a contact with the victim, made or attempted; a contact made completes the open task of the same kind")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    ContactJson contact(@PathVariable String reference, @RequestBody ContactRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        TaskKind kind = parse(TaskKind.class, request.kind(), "kind", errors);
        if (kind != null && !kind.isContact()) {
            errors.add(new InvalidInput.FieldError("kind", "care.problem.notAContactKind", kind.name()));
        }
        ContactChannel channel = parse(ContactChannel.class, request.channel(), "channel", errors);
        ContactOutcome outcome = parse(ContactOutcome.class, request.outcome(), "outcome", errors);
        Instant at = time(request.at(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return ContactJson.of(contacts.record(
                CurrentStaff.require(),
                reference,
                new Contact.New(kind, channel, outcome, at, request.note()),
                request.refusedChannelReason(),
                request.outsideSafeTimesReason()));
    }

    @GetMapping("/cases/{reference}/contacts")
    @Operation(summary = "The contact log of a case, newest first")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    List<ContactJson> contacts(@PathVariable String reference) {
        return contacts.forCase(CurrentStaff.require(), reference).stream()
                .map(ContactJson::of)
                .toList();
    }

    @GetMapping("/tasks")
    @Operation(
            summary =
                    "Care tasks with their clocks: of one case (?case=reference) or assigned to the caller (?assignee=me)."
                            + " status is OPEN, OVERDUE or DONE, or CLOSED when no longer needed (the case was finalised or the victim withdrew)")
    @ApiResponse(responseCode = "200", description = "The tasks, with their due times and the rules that set them")
    @ApiResponse(responseCode = "404", description = "No case with this reference that the caller may see")
    @Audited(action = AuditAction.CONSULTATION, record = "care-tasks")
    List<TaskJson> tasks(
            @RequestParam(name = "case", required = false) String reference,
            @RequestParam(required = false) String assignee) {
        if (reference != null && !reference.isBlank()) {
            return withFirstSafeTimes(tasks.forCase(CurrentStaff.require(), reference));
        }
        if ("me".equalsIgnoreCase(assignee == null ? "" : assignee.trim())) {
            return withFirstSafeTimes(tasks.assignedTo(CurrentStaff.require()));
        }
        throw new InvalidInput("case", "care.problem.tasksQuery");
    }

    @PostMapping("/tasks/{id}/completion")
    @Operation(summary = "Mark a task done by hand (for example a referral made); done twice is 409")
    @ApiResponse(responseCode = "200", description = "The task, done")
    @ApiResponse(responseCode = "409", description = "The task was already done, or is no longer needed")
    @Audited(action = AuditAction.ALTERATION, record = "care-task", id = "id")
    TaskJson complete(@PathVariable String id, @RequestBody(required = false) CompletionRequest request) {
        UUID taskId;
        try {
            taskId = UUID.fromString(id.trim());
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("care.problem.noTask", id);
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Instant at = time(request == null ? null : request.at(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        CareTask done = tasks.complete(CurrentStaff.require(), taskId, at == null ? Instant.now() : at);
        return TaskJson.of(done, SafeWindows.NONE, messages);
    }

    private List<TaskJson> withFirstSafeTimes(List<CareTask> found) {
        Map<String, SafeWindows> windows =
                safeTimes.windows(found.stream().map(CareTask::caseReference).collect(Collectors.toSet()));
        return found.stream()
                .map(task -> TaskJson.of(task, windows.getOrDefault(task.caseReference(), SafeWindows.NONE), messages))
                .toList();
    }

    static <E extends Enum<E>> E parse(
            Class<E> type, String value, String field, List<InvalidInput.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new InvalidInput.FieldError(
                    field, "care.problem.codeMissing", field, Arrays.toString(type.getEnumConstants())));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            errors.add(new InvalidInput.FieldError(
                    field, "care.problem.codeUnknown", field, value.trim(), Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** An ISO 8601 time with offset; absent means now (null). */
    private static Instant time(String value, List<InvalidInput.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException notATime) {
            errors.add(new InvalidInput.FieldError("at", "care.problem.apiTime"));
            return null;
        }
    }
}
