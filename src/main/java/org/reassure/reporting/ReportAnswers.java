package org.reassure.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Every answer the reporter gave, exactly as given, grouped as the journey asked them: what staff see on the case
 * page, in the case API and in the printed case summary. Nothing here is ever changed by staff: their corrections
 * live with the case, dated and attributed, beside this original. A blank answer is null.
 *
 * @param channel           how it arrived (ONLINE, THIRD_PARTY, KIOSK, PHONE, FRONT_COUNTER, HOME_VISIT)
 * @param centreName        the third-party reporting centre that made the report, if one did
 * @param enteredBy         the member of staff who took a report by phone, at a counter or on a visit
 * @param reporterRole      VICTIM, WITNESS or ON_BEHALF
 * @param relationship      for ON_BEHALF, how the reporter knows the victim
 * @param strands           the strand codes the reporter perceived; empty with {@code unsure}
 * @param religions         with the religion strand, the perceived religion targeted
 * @param occurredAt        when it happened, when a time was given
 * @param occurredDate      when it happened, when only a date was given
 * @param routedUnitCode    the unit the postcode was routed to, or null for the force triage queue
 * @param onlineUrl         a link as the reporter typed it: text, never a live link
 * @param evidence          the files sent with the report
 * @param reporter          the person reporting (null when anonymous)
 * @param victim            the victim, for a report made on their behalf
 */
@Schema(description = "Every answer the reporter gave, as given; blank answers are null")
public record ReportAnswers(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reference,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant receivedAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String channel,
        String centreName,
        String enteredBy,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reporterRole,
        String relationship,
        boolean anonymous,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String description,
        String hostilityReason,
        boolean unsure,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> strands,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> religions,
        Instant occurredAt,
        LocalDate occurredDate,
        String occurredApproximately,
        String placeDescription,
        String postcode,
        String routedUnitCode,
        boolean online,
        String onlinePlatform,
        String onlineUrl,
        String peopleInvolved,
        String witnesses,
        String harm,
        boolean consentToContact,
        boolean consentToReferral,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Evidence> evidence,
        Person reporter,
        Person victim) {

    /** A person named in the report, with what they asked for. */
    @Schema(
            name = "ReportAnswersPerson",
            description = "A person named in the report, with their needs and contact wishes as given")
    public record Person(
            String name,
            String pronouns,
            String email,
            String phone,

            @Schema(allowableValues = {"PHONE", "EMAIL", "POST", "IN_PERSON", "NONE"})
            String preferredContact,

            @Schema(description = "BCP 47 language tag or the language as typed")
            String language,

            Boolean interpreterNeeded,
            String adjustments,

            @Schema(description = "When it is safe to contact them, as given in their own words")
            String safeTimes,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The days and times safe for contact")
            List<SafeWindow> safeWindows,

            @ArraySchema(
                    arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED),
                    schema = @Schema(allowableValues = {"PHONE", "EMAIL", "POST", "IN_PERSON", "MESSAGE"}))
            List<String> allowedChannels,

            Boolean leaveMessage,
            String spokesperson) {}

    /** Days and a time of day (UK time) when contact is safe. */
    @Schema(name = "ReportAnswersSafeWindow", description = "Days and a time of day (UK time) when contact is safe")
    public record SafeWindow(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> days,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "18:00")
            String from,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "20:00")
            String to) {}

    /** A file sent with the report (its content is opened from the case page, audited). */
    @Schema(name = "ReportAnswersEvidence", description = "A file sent with the report")
    public record Evidence(String fileName, String contentType, String size, Instant addedAt) {}

    /** Whether the reporter reported for themselves as the victim. */
    public boolean victimReporting() {
        return "VICTIM".equals(reporterRole);
    }
}
