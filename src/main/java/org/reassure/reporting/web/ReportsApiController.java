package org.reassure.reporting.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Problems;
import org.reassure.platform.PublicApi;
import org.reassure.reporting.NewReport;
import org.reassure.reporting.ReportMessages;
import org.reassure.reporting.ReportMessages.Sender;
import org.reassure.reporting.ReportProgress;
import org.reassure.reporting.Reports;
import org.reassure.reporting.VictimSatisfaction;
import org.reassure.reporting.internal.IdempotentSubmissions;
import org.reassure.reporting.internal.MessageThreads;
import org.reassure.reporting.internal.ReportLookup;
import org.reassure.reporting.internal.SatisfactionAnswers;
import org.reassure.reporting.internal.TooManyAttempts;

/** {@code /api/v1/reports}: reporting without an account, and following the report with its tracking code. */
@RestController
@PublicApi
@RequestMapping("/api/v1/reports")
@Tag(
        name = "Reports",
        description =
                "Public reporting. No token needed. Nothing identifying the sender (IP address, user agent) is kept.")
class ReportsApiController {

    static final String SECRET = "Idempotency-Secret";

    private final IdempotentSubmissions submissions;
    private final ReportLookup reports;
    private final MessageThreads threads;
    private final VictimSatisfaction satisfaction;
    private final SatisfactionAnswers survey;
    private final MessageSource messages;

    ReportsApiController(
            IdempotentSubmissions submissions,
            ReportLookup reports,
            MessageThreads threads,
            VictimSatisfaction satisfaction,
            SatisfactionAnswers survey,
            MessageSource messages) {
        this.submissions = submissions;
        this.reports = reports;
        this.threads = threads;
        this.satisfaction = satisfaction;
        this.survey = survey;
        this.messages = messages;
    }

    record Created(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String reference,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String trackingCode) {}

    /**
     * @param satisfactionAsked true once the investigation has finished and nobody has answered the satisfaction survey yet
     * @param satisfaction      the answers, once given
     */
    record Tracked(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String reference,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String statusText,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Instant receivedAt,

            ReportProgress.Officer officer,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Update> updates,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Message> messages,

            boolean satisfactionAsked,
            Answers satisfaction) {}

    /**
     * The satisfaction survey's answers: each is a point of the seven-point scale ({@code COMPLETELY_SATISFIED},
     * {@code VERY_SATISFIED}, {@code FAIRLY_SATISFIED}, {@code NEITHER}, {@code FAIRLY_DISSATISFIED}, {@code VERY_DISSATISFIED},
     * {@code COMPLETELY_DISSATISFIED}); only {@code overall} is required.
     */
    record Answers(String overall, String keptInformed, String treatment, String comments, Instant answeredAt) {

        static Answers of(VictimSatisfaction.Answers answers) {
            return new Answers(
                    answers.overall().name(),
                    answers.keptInformed() == null
                            ? null
                            : answers.keptInformed().name(),
                    answers.treatment() == null ? null : answers.treatment().name(),
                    answers.comments(),
                    answers.answeredAt());
        }
    }

    record Update(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Instant at,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String text) {}

    /** @param from {@code REPORTER} or {@code OFFICER}; name is the officer's, null for the reporter */
    record Message(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Instant at,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String from,

            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String text) {

        static Message of(ReportMessages.Message message) {
            return new Message(message.sentAt(), message.sender().name(), message.authorName(), message.body());
        }
    }

    record NewMessage(String text) {}

    @PostMapping
    @Operation(
            summary = "Report a hate crime or hate incident",
            description =
                    "An anonymous report carries no reporter or victim details (422 if it does). The tracking code in the answer"
                            + " is shown once and kept only as a hash: it cannot be sent again, except to a retry by the same"
                            + " caller with the same Idempotency-Key and the same body. Keys are scoped to the caller: a"
                            + " partner's key to its API token; a public caller's retry must also send the Idempotency-Secret"
                            + " given with the first answer (or chosen by the caller and sent with the first request), or it"
                            + " is a 409 that does not include the tracking code.")
    @PublicApi(tokenAccepted = true)
    @ApiResponse(
            responseCode = "201",
            description = "Received: the reference and the tracking code",
            headers =
                    @Header(
                            name = SECRET,
                            description =
                                    "Public callers sending an Idempotency-Key only: the secret a retry must send to"
                                            + " be given this answer again",
                            schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "409",
            description = "The Idempotency-Key was used with a different body, or (public callers) a retry did not send"
                    + " the Idempotency-Secret of the first request; the tracking code is not included")
    @ApiResponse(
            responseCode = "401",
            description = "A token was sent (a third-party reporting centre's) and it is not valid")
    @ApiResponse(responseCode = "413", description = "The body is over 1 MB")
    @ApiResponse(
            responseCode = "422",
            description = "Some fields could not be accepted, or the Idempotency-Key or Idempotency-Secret is too long"
                    + " or too short; errors names each field")
    @ApiResponse(
            responseCode = "429",
            description = "Too many public requests from this client in a short time; Retry-After says when"
                    + " to try again. Every public endpoint here answers so.")
    @Audited(action = AuditAction.COLLECTION, record = "report")
    ResponseEntity<Created> submit(
            @RequestBody NewReport report,
            @Parameter(
                            description =
                                    "Any unique value, like a UUID; a retry by the same caller with the same key and body gives"
                                            + " the same answer")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @Parameter(
                            description =
                                    "Public callers: the secret given with the first answer to this Idempotency-Key"
                                            + " (or one of 32 to 255 visible ASCII characters chosen by the caller and sent with the"
                                            + " first request), proving that this retry comes from whoever sent it")
                    @RequestHeader(name = SECRET, required = false)
                    String idempotencySecret,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                    String authorization) {
        // A third-party reporting centre's token records the centre with the report, and owns its keys.
        IdempotentSubmissions.Caller caller = Origins.centre().isPresent() && authorization != null
                ? new IdempotentSubmissions.Caller(authorization.strip(), null)
                : new IdempotentSubmissions.Caller(null, idempotencySecret);
        IdempotentSubmissions.Submitted submitted =
                submissions.submit(idempotencyKey, caller, report, Origins.of(false));
        Reports.Receipt receipt = submitted.receipt();
        ResponseEntity.BodyBuilder created = ResponseEntity.status(HttpStatus.CREATED);
        if (submitted.secret() != null) {
            created.header(SECRET, submitted.secret());
        }
        return created.body(new Created(receipt.reference(), receipt.trackingCode()));
    }

    @GetMapping("/{reference}")
    @Operation(
            summary = "What the reporter may see of their report",
            description =
                    "A wrong tracking code and an unknown reference are the same 404. Wrong codes slow down the client that"
                            + " sends them: after two, it must wait before each try (2 s, then twice as long each time; 429 with"
                            + " Retry-After meanwhile), and after 5 within 15 minutes it is refused (429) until the 15 minutes"
                            + " pass. The right code from any other client always opens the report.")
    @ApiResponse(
            responseCode = "200",
            description = "The status, the named officer and their direct phone once allocated, updates, and"
                    + " the messages between the reporter and the officers, oldest first")
    @ApiResponse(responseCode = "404", description = "No report with this reference and tracking code")
    @ApiResponse(
            responseCode = "429",
            description = "Too many wrong tracking codes for this reference, or too many public requests from this"
                    + " client; Retry-After says when to try again")
    @Audited(action = AuditAction.CONSULTATION, record = "report", id = "reference")
    Tracked track(
            @PathVariable String reference,
            @Parameter(description = "The tracking code given when the report was made", required = true)
                    @RequestHeader(name = "X-Tracking-Code", required = false)
                    String trackingCode,
            HttpServletRequest request) {
        Reports.Status status = tracked(reference, trackingCode, request);
        var progress = status.progress();
        List<Message> thread =
                threads.on(status.reference()).stream().map(Message::of).toList();
        threads.markRead(status.reference(), Sender.OFFICER);
        Optional<VictimSatisfaction.Answers> given = satisfaction.of(status.reference());
        return new Tracked(
                status.reference(),
                progress.status(),
                text("track.status." + progress.status()),
                status.receivedAt(),
                progress.officer(),
                progress.updates().stream()
                        .map(update -> new Update(update.at(), text("track.update." + update.status())))
                        .toList(),
                thread,
                given.isEmpty() && VictimSatisfaction.finished(progress),
                given.map(Answers::of).orElse(null));
    }

    @PostMapping("/{reference}/satisfaction")
    @Operation(
            summary = "Tell us how we did: the satisfaction survey, once the investigation has finished",
            description =
                    "Only overall is required; each answer is a point of the seven-point scale. Comments are plain text up to"
                            + " 2,000 characters. One set of answers per report. The tracking code is checked as for GET, with the same 404 and"
                            + " 429 answers.")
    @ApiResponse(responseCode = "201", description = "Kept: the answers as given")
    @ApiResponse(responseCode = "404", description = "No report with this reference and tracking code")
    @ApiResponse(
            responseCode = "409",
            description = "The investigation has not finished yet, or the survey was already answered")
    @ApiResponse(
            responseCode = "422",
            description = "An answer is missing or not on the scale, or the comments are too long")
    @Audited(action = AuditAction.COLLECTION, record = "satisfaction", id = "reference")
    ResponseEntity<Answers> answer(
            @PathVariable String reference,
            @Parameter(description = "The tracking code given when the report was made", required = true)
                    @RequestHeader(name = "X-Tracking-Code", required = false)
                    String trackingCode,
            @RequestBody Answers answers,
            HttpServletRequest request) {
        Reports.Status status = tracked(reference, trackingCode, request);
        Answers given = answers == null ? new Answers(null, null, null, null, null) : answers;
        VictimSatisfaction.Answers kept = survey.giveOnline(
                status.reference(),
                new VictimSatisfaction.Given(
                        given.overall(), given.keptInformed(), given.treatment(), given.comments()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Answers.of(kept));
    }

    @PostMapping("/{reference}/messages")
    @Operation(
            summary = "Send a message to the officers on the report",
            description =
                    "Plain text, 1 to 2,000 characters (422 otherwise). The tracking code is checked as for GET, with the same"
                            + " 404 and 429 answers.")
    @ApiResponse(responseCode = "201", description = "Sent: the message as the thread shows it")
    @ApiResponse(responseCode = "404", description = "No report with this reference and tracking code")
    @ApiResponse(responseCode = "422", description = "The message is empty or too long")
    @Audited(action = AuditAction.COLLECTION, record = "report-message", id = "reference")
    ResponseEntity<Message> write(
            @PathVariable String reference,
            @Parameter(description = "The tracking code given when the report was made", required = true)
                    @RequestHeader(name = "X-Tracking-Code", required = false)
                    String trackingCode,
            @RequestBody NewMessage message,
            HttpServletRequest request) {
        Reports.Status status = tracked(reference, trackingCode, request);
        ReportMessages.Message sent;
        try {
            sent = threads.fromReporter(status.reference(), null, message == null ? null : message.text());
        } catch (InvalidInput invalid) {
            // the body's field is "text"
            throw new InvalidInput(invalid.errors().stream()
                    .map(error -> new InvalidInput.FieldError("text", error.message()))
                    .toList());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Message.of(sent));
    }

    /** The report for the holder of its tracking code; wrong codes slow and then refuse the client that sends them. */
    private Reports.Status tracked(String reference, String trackingCode, HttpServletRequest request) {
        return reports.track(reference, trackingCode == null ? "" : trackingCode, request.getRemoteAddr());
    }

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyAttempts refused) {
        ResponseEntity<ProblemDetail> problem = Problems.response(
                HttpStatus.TOO_MANY_REQUESTS, "reporting.api.tooManyAttempts.title", "reporting.api.tooManyAttempts");
        return ResponseEntity.status(problem.getStatusCode())
                .headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()))
                .body(problem.getBody());
    }

    /** The status texts are data of the fixed integration surface (api.md), in English whatever the caller's language. */
    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
