package org.reassure.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A report has been received. Published in the transaction that stored it; case work turns it into a
 * case with the same reference, so the reporter's reference finds the case. It carries what case work
 * and care need, and never the reporter's or victim's personal details.
 *
 * @param channel       {@code ONLINE}, {@code THIRD_PARTY} or {@code KIOSK}
 * @param perceivedBy   who perceived the hostility: {@code VICTIM}, {@code WITNESS} or {@code THIRD_PARTY}
 * @param strands       strand codes perceived; empty when the reporter was not sure
 * @param unitCode      the unit covering the place it happened, or null for the force triage queue
 * @param contactGiven  whether the reporter left contact details (so first contact is due within 24 hours)
 * @param religions     with the religion strand, the perceived religion targeted (Home Office sub-categories)
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
        List<String> religions) {}
