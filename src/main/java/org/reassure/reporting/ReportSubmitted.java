package org.reassure.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A report has been received. Published in the transaction that stored it; case work turns it into a
 * case with the same reference, so the reporter's reference finds the case. It carries what case work
 * and care need, so that no listener asks reporting again: with the people named in a report that is not
 * anonymous. (The event stays in the publication registry only until every listener has handled it.)
 *
 * @param channel       {@code ONLINE}, {@code THIRD_PARTY} or {@code KIOSK}
 * @param perceivedBy   who perceived the hostility: {@code VICTIM}, {@code WITNESS} or {@code THIRD_PARTY}
 * @param strands       strand codes perceived; empty when the reporter was not sure
 * @param unitCode      the unit covering the place it happened, or null for the force triage queue
 * @param contactGiven  whether the reporter left contact details (so first contact is due within 24 hours)
 * @param religions     with the religion strand, the perceived religion targeted (Home Office sub-categories)
 * @param people        the victim and the person reporting, as named in the report (none when anonymous); a victim
 *                      reporting for themselves is the victim
 */
public record ReportSubmitted(
        String reference,
        Instant receivedAt,
        String channel,
        boolean anonymous,
        String perceivedBy,
        String account,
        String hostilityReason,
        List<String> strands,
        Instant occurredAt,
        boolean online,
        String unitCode,
        boolean contactGiven,
        boolean consentToContact,
        boolean consentToReferral,
        List<String> religions,
        List<Person> people) {

    /**
     * A person named in the report: {@code VICTIM} or {@code REPORTER}, with their contact details and how they wish
     * to be contacted.
     */
    public record Person(String role, String name, String email, String phone, ContactWishes wishes) {}
}
