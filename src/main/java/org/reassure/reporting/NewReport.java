package org.reassure.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A report as the public API receives it, and as the online journey builds it. Codes are kept as text
 * so that a wrong one is a field error (422) rather than an unreadable body.
 */
@Schema(description = "A hate crime or incident reported by the victim, a witness or someone for the victim")
public record NewReport(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"VICTIM", "WITNESS", "ON_BEHALF"})
        String reporterRole,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "True to give no personal details at all")
        Boolean anonymous,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What happened, 1 to 20,000 characters")
        String description,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Strand codes (RACE, RELIGION, SEXUAL_ORIENTATION, DISABILITY,"
                        + " TRANSGENDER, local codes) or UNSURE; at least one")
        List<String> perceivedHostility,

        @Schema(description = "Why the reporter thinks it happened, in their own words")
        String hostilityReason,

        @Schema(
                description = "When it happened: a date (2026-11-20) or a date and time with offset",
                example = "2026-11-20T21:30:00Z")
        String occurredAt,

        Location location,
        Online online,
        Person reporter,

        @Schema(description = "The victim's details, for a report ON_BEHALF")
        Person victim,

        Consent consent,

        @Schema(
                description = "Extension: for ON_BEHALF, how the reporter knows the victim",
                allowableValues = {
                    "FRIEND",
                    "RELATIVE",
                    "COMMUNITY_LEADER",
                    "SOLICITOR",
                    "COUNCIL_OR_HOUSING",
                    "ADVICE_WORKER",
                    "OTHER"
                })
        String relationship,

        @ArraySchema(
                arraySchema = @Schema(description = "Extension: with RELIGION, the perceived religion targeted"),
                schema =
                        @Schema(
                                allowableValues = {
                                    "ANTI_MUSLIM",
                                    "ANTI_JEWISH",
                                    "ANTI_CHRISTIAN",
                                    "ANTI_SIKH",
                                    "ANTI_HINDU",
                                    "ANTI_BUDDHIST",
                                    "OTHER",
                                    "NO_RELIGION"
                                }))
        List<String> religion,

        @Schema(description = "Extension: when it happened, in words, if the date is not known")
        String occurredApproximately,

        @Schema(description = "Extension: a description of the people responsible")
        String peopleInvolved,

        @Schema(description = "Extension: anyone who saw it")
        String witnesses,

        @Schema(description = "Extension: injury, damage or loss")
        String harm) {

    public record Location(
            String description, @Schema(example = "TW3 1AB") String postcode) {}

    public record Online(
            @Schema(example = "A social media app") String platform,

            @Schema(example = "https://example.com/post/123")
            String url) {}

    public record Person(
            String name,
            String pronouns,
            String email,
            String phone,

            @Schema(allowableValues = {"PHONE", "EMAIL", "POST", "IN_PERSON", "NONE"})
            String preferredContact,

            @Schema(ref = "#/components/schemas/LanguageCode")
            String language,

            Boolean interpreterNeeded,
            String adjustments,

            @Schema(description = "Extension: when it is safe to contact them")
            String safeTimes,

            @Schema(description = "Extension: whether a message may be left")
            Boolean leaveMessage,

            @Schema(description = "Extension: someone they would like to speak for them")
            String spokesperson,

            @Schema(
                    description = "Extension: the days and times (UK local time) when it is safe to contact them;"
                            + " windows of the same day must not overlap. safeTimes is then a note about them")
            List<SafeWindow> safeWindows,

            @ArraySchema(
                    arraySchema =
                            @Schema(
                                    description =
                                            "Extension: the ways they may be contacted (MESSAGE: secure messages on Track my report)"),
                    schema = @Schema(allowableValues = {"PHONE", "EMAIL", "POST", "IN_PERSON", "MESSAGE"}))
            List<String> allowedChannels) {

        /** A person without safe windows or allowed channels (the fields before they existed). */
        public Person(
                String name,
                String pronouns,
                String email,
                String phone,
                String preferredContact,
                String language,
                Boolean interpreterNeeded,
                String adjustments,
                String safeTimes,
                Boolean leaveMessage,
                String spokesperson) {
            this(
                    name,
                    pronouns,
                    email,
                    phone,
                    preferredContact,
                    language,
                    interpreterNeeded,
                    adjustments,
                    safeTimes,
                    leaveMessage,
                    spokesperson,
                    null,
                    null);
        }
    }

    /** A time when it is safe to make contact: on each of {@code days}, from {@code from} to {@code to} (UK time). */
    @Schema(description = "A window of safe contact times, for example weekday evenings")
    public record SafeWindow(
            @ArraySchema(
                    arraySchema = @Schema(description = "At least one day"),
                    schema =
                            @Schema(
                                    allowableValues = {
                                        "MONDAY",
                                        "TUESDAY",
                                        "WEDNESDAY",
                                        "THURSDAY",
                                        "FRIDAY",
                                        "SATURDAY",
                                        "SUNDAY"
                                    }))
            List<String> days,

            @Schema(description = "Start, 24-hour UK local time", example = "18:00")
            String from,

            @Schema(description = "End, after the start on the same day", example = "20:00")
            String to) {}

    public record Consent(Boolean contact, Boolean referral) {}
}
