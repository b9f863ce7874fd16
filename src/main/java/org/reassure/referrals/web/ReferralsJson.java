package org.reassure.referrals.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.reassure.referrals.internal.Consent;
import org.reassure.referrals.internal.PartnerReferral;

/** The API's requests and answers about referrals and consent. */
final class ReferralsJson {

    private ReferralsJson() {}

    /**
     * {@code organisation} is required; {@code items} (data item codes) defaults to what the consent covers;
     * {@code overrideReason} lets a supervisor refer without consent.
     */
    record ReferralRequest(
            String organisation,
            List<String> items,
            String supportNeeds,
            String justification,
            String overrideReason) {}

    @Schema(name = "ReferralCreated")
    record Created(String id, String status) {}

    record AcceptanceRequest(Boolean accepted, String reason) {}

    /**
     * Consent to share with a support organisation. {@code items}: the data items ({@code NAME}, {@code PHONE} and so on);
     * {@code channel}: {@code PHONE}, {@code IN_PERSON}, {@code EMAIL}, {@code LETTER} or {@code MESSAGE}; {@code givenBy}:
     * {@code VICTIM} or {@code REPRESENTATIVE}; {@code givenAt} an ISO date-time, now when left out.
     */
    record ConsentRequest(
            String organisation, List<String> items, String words, String channel, String givenBy, String givenAt) {}

    @Schema(name = "ConsentWithdrawalRequest")
    record WithdrawalRequest(String channel, String note) {}

    record MessageJson(String from, String author, String text, Instant at) {}

    /** A referral as the organisation sees it: only the consented items, keyed by item code. */
    record PartnerJson(
            String id,
            String number,
            String status,
            Instant sentAt,
            Instant respondBy,
            boolean responseLapsed,
            Map<String, String> data,
            boolean sharedWithoutConsent,
            Instant consentWithdrawnAt,
            String declineReason,
            Instant contactMadeAt,
            Instant closedAt,
            String closedReason,
            String officer,
            List<MessageJson> messages) {

        static PartnerJson of(PartnerReferral r) {
            Map<String, String> data = new LinkedHashMap<>();
            r.items().forEach(item -> data.put(item.item().name(), item.value()));
            return new PartnerJson(
                    r.id().toString(),
                    r.number(),
                    r.status().name(),
                    r.sentAt(),
                    r.respondBy(),
                    r.responseLapsed(),
                    data,
                    r.sharedWithoutConsent(),
                    r.consentWithdrawnAt(),
                    r.declineReason(),
                    r.contactMadeAt(),
                    r.closedAt(),
                    r.closedReason(),
                    r.officerName(),
                    r.messages().stream()
                            .map(m -> new MessageJson(m.side(), m.authorName(), m.body(), m.sentAt()))
                            .toList());
        }
    }

    /** A consent as staff see it; {@code organisation} is null for the consent ticked in the report (any organisation). */
    record ConsentJson(
            String id,
            String organisation,
            List<String> items,
            String words,
            String channel,
            String givenBy,
            Instant givenAt,
            String recordedBy,
            Instant withdrawnAt,
            String withdrawalChannel,
            String withdrawalNote) {

        static ConsentJson of(Consent c) {
            return new ConsentJson(
                    c.id().toString(),
                    c.organisationCode(),
                    c.items().stream().map(Enum::name).sorted().toList(),
                    c.words(),
                    c.channel().name(),
                    c.givenBy(),
                    c.givenAt(),
                    c.recordedBy(),
                    c.withdrawnAt(),
                    c.withdrawalChannel() == null ? null : c.withdrawalChannel().name(),
                    c.withdrawalNote());
        }
    }
}
