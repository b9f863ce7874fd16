package org.reassure.reporting.internal;

import java.util.List;

import org.reassure.reporting.ContactWishes;

/** A report that has passed every check, with its text cleaned; what {@link Reports} stores. */
record CleanReport(
        String reporterRole,
        String relationship,
        boolean anonymous,
        String description,
        String hostilityReason,
        List<String> strands,
        List<String> religion,
        boolean unsure,
        Checks.When occurred,
        String occurredApproximately,
        String locationDescription,
        String postcode,
        boolean online,
        String onlinePlatform,
        String onlineUrl,
        String peopleInvolved,
        String witnesses,
        String harm,
        CleanPerson reporter,
        CleanPerson victim,
        boolean consentContact,
        boolean consentReferral) {

    record CleanPerson(
            String name,
            String pronouns,
            String email,
            String phone,
            String preferredContact,
            String safeTimes,
            Boolean leaveMessage,
            String language,
            Boolean interpreterNeeded,
            String adjustments,
            String spokesperson,
            List<ContactWishes.Window> safeWindows,
            List<String> allowedChannels) {

        ContactWishes wishes() {
            return new ContactWishes(safeWindows, allowedChannels, leaveMessage, safeTimes);
        }

        boolean hasContactDetails() {
            return email != null || phone != null;
        }
    }

    String perceivedBy() {
        return switch (reporterRole) {
            case "WITNESS" -> "WITNESS";
            case "ON_BEHALF" -> "THIRD_PARTY";
            default -> "VICTIM";
        };
    }

    boolean contactGiven() {
        return !anonymous
                && ((reporter != null && reporter.hasContactDetails())
                        || (victim != null && victim.hasContactDetails()));
    }
}
