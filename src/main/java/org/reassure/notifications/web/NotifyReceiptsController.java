package org.reassure.notifications.web;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.notifications.NotificationStatus;
import org.reassure.notifications.internal.send.Receipts;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.platform.NotFound;
import org.reassure.platform.Problems;
import org.reassure.platform.PublicApi;

/**
 * {@code POST /api/v1/notify/receipts}: GOV.UK Notify's delivery receipts (its "callbacks"). Notify calls it with the
 * bearer token set in its API settings, which must be {@code REASSURE_NOTIFY_CALLBACK_TOKEN}; no staff token is
 * taken here. A wrong or missing token is refused (401) and audited.
 */
@RestController
@PublicApi
@Tag(
        name = "Notify receipts",
        description =
                "Delivery receipts from GOV.UK Notify. Called by Notify only, with"
                        + " 'Authorization: Bearer <REASSURE_NOTIFY_CALLBACK_TOKEN>' (the notifyCallback scheme); no staff token.")
class NotifyReceiptsController {

    static final String PATH = "/api/v1/notify/receipts";

    /** A delivery receipt as Notify sends it. {@code to} (the address) is read by nobody and kept nowhere. */
    @Schema(name = "NotifyDeliveryReceipt", description = "A delivery receipt, as GOV.UK Notify sends it")
    record NotifyReceipt(
            @Schema(description = "Notify's id of the notification")
            String id,

            @Schema(description = "Our id of the notification, given to Notify when it was sent")
            String reference,

            @Schema(description = "The address or number it went to (not kept)")
            String to,

            @Schema(
                    description = "Notify's status: delivered, permanent-failure, temporary-failure,"
                            + " technical-failure (and sending, created, pending on the way)",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String status,

            @JsonProperty("created_at") OffsetDateTime createdAt,
            @JsonProperty("completed_at") OffsetDateTime completedAt,
            @JsonProperty("sent_at") OffsetDateTime sentAt,
            @JsonProperty("notification_type") String notificationType,
            @JsonProperty("template_id") String templateId,
            @JsonProperty("template_version") Integer templateVersion) {}

    private final Receipts receipts;
    private final AuditLog audit;

    NotifyReceiptsController(Receipts receipts, AuditLog audit) {
        this.receipts = receipts;
        this.audit = audit;
    }

    @PostMapping(PATH)
    @Operation(
            summary = "A delivery receipt from GOV.UK Notify",
            description = "Moves the notification whose reference (our id) or Notify id it names to the status Notify"
                    + " gives. A delivered decision notice completes its care task; a failed one gives the officer"
                    + " a task. Receipts that repeat a status change nothing.")
    @ApiResponse(responseCode = "204", description = "Recorded (or already known)", content = @Content)
    @ApiResponse(responseCode = "401", description = "No callback token, or not the one configured (audited)")
    @ApiResponse(
            responseCode = "404",
            description = "No notification with this reference or Notify id; nothing changed")
    @ApiResponse(responseCode = "422", description = "The status is not one of Notify's")
    ResponseEntity<?> receive(
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                    String authorization,
            @RequestBody NotifyReceipt receipt) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7)
                : null;
        if (!receipts.tokenMatches(token)) {
            audit.record(
                    AuditAction.ACCESS, "notify-receipt", PATH, null, AuditOutcome.DENIED, "invalid callback token");
            ResponseEntity<ProblemDetail> refused = Problems.response(
                    HttpStatus.UNAUTHORIZED,
                    Message.of("problem.unauthorized.title"),
                    Message.of("notifications.receipt.tokenNotValid"),
                    null);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .contentType(refused.getHeaders().getContentType())
                    .body(refused.getBody());
        }
        NotificationStatus status = NotificationStatus.fromNotify(receipt.status());
        if (status == null) {
            throw new InvalidInput("status", "notifications.receipt.statusUnknown");
        }
        OffsetDateTime at = receipt.completedAt() != null ? receipt.completedAt() : receipt.sentAt();
        Receipts.Result result = receipts.apply(
                receipt.reference(), receipt.id(), status, receipt.status(), at == null ? null : at.toInstant());
        if (result == Receipts.Result.UNKNOWN) {
            throw new NotFound("notifications.receipt.unknown");
        }
        return ResponseEntity.noContent().build();
    }
}
