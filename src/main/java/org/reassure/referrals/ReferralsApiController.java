package org.reassure.referrals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/** Referrals on the API: staff refer a case's victim; a support organisation's users list and answer their referrals. */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Referrals",
        description = "Referral to support organisations with the victim's consent. Without consent covering the"
                + " organisation and the items: 422 naming the missing consent; another organisation's referral: 404.")
class ReferralsApiController {

    private final Referrals referrals;
    private final Consents consents;
    private final org.reassure.casework.Cases cases;

    ReferralsApiController(Referrals referrals, Consents consents, org.reassure.casework.Cases cases) {
        this.referrals = referrals;
        this.consents = consents;
        this.cases = cases;
    }

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

    record Created(String id, String status) {}

    record AcceptanceRequest(Boolean accepted, String reason) {}

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

    @PostMapping("/cases/{reference}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Refer the victim to a support organisation: {\"organisation\": \"<code>\"}. 201 {id, status} when the victim's"
                            + " consent (given in the report, consent.referral, or recorded later by staff) covers it; 422 naming the missing consent otherwise")
    @Audited(action = AuditAction.DISCLOSURE, record = "case", id = "reference")
    Created refer(@PathVariable String reference, @RequestBody ReferralRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Set<SharedItem> items = items(request.items(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Referral referral = referrals.send(
                CurrentStaff.require(),
                reference,
                new Referrals.NewReferral(
                        request.organisation(),
                        items,
                        request.supportNeeds(),
                        request.justification(),
                        request.overrideReason()));
        return new Created(referral.id().toString(), referral.status().name());
    }

    /**
     * Consent to share with a support organisation. {@code items}: the data items ({@code NAME}, {@code PHONE} and so on);
     * {@code channel}: {@code PHONE}, {@code IN_PERSON}, {@code EMAIL}, {@code LETTER} or {@code MESSAGE}; {@code givenBy}:
     * {@code VICTIM} or {@code REPRESENTATIVE}; {@code givenAt} an ISO date-time, now when left out.
     */
    record ConsentRequest(
            String organisation, List<String> items, String words, String channel, String givenBy, String givenAt) {}

    record WithdrawalRequest(String channel, String note) {}

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

    @GetMapping("/cases/{reference}/consents")
    @Operation(
            summary =
                    "The victim's consents to share with support organisations, newest first, withdrawn ones included")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    List<ConsentJson> consents(@PathVariable String reference) {
        cases.header(CurrentStaff.require(), reference);
        return consents.forCase(reference).stream().map(ConsentJson::of).toList();
    }

    @PostMapping("/cases/{reference}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Record the consent the victim gave staff to share some data items with one organisation, in the words used;"
                            + " 422 names each bad field")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    ConsentJson recordConsent(@PathVariable String reference, @RequestBody ConsentRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Set<SharedItem> items = items(request.items(), errors);
        ConsentChannel channel = null;
        if (request.channel() != null && !request.channel().isBlank()) {
            try {
                channel = ConsentChannel.valueOf(request.channel().trim().toUpperCase());
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidInput.FieldError(
                        "channel",
                        "There is no channel '" + request.channel() + "'. Use PHONE, IN_PERSON, EMAIL,"
                                + " LETTER or MESSAGE"));
            }
        }
        Instant givenAt = null;
        if (request.givenAt() != null && !request.givenAt().isBlank()) {
            try {
                givenAt =
                        java.time.OffsetDateTime.parse(request.givenAt().trim()).toInstant();
            } catch (java.time.format.DateTimeParseException notATime) {
                errors.add(new InvalidInput.FieldError(
                        "givenAt",
                        "Enter when consent was given as a date and time with its offset, like"
                                + " 2026-11-27T14:30:00Z"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return ConsentJson.of(consents.record(
                CurrentStaff.require(),
                reference,
                new Consents.NewConsent(
                        request.organisation(), items, request.words(), channel, request.givenBy(), givenAt)));
    }

    @PostMapping("/cases/{reference}/consents/{id}/withdrawal")
    @Operation(
            summary =
                    "The victim withdraws a consent: nothing more is shared under it, its live referrals close and the values shared"
                            + " are erased. 409 when already withdrawn")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    ConsentJson withdraw(
            @PathVariable String reference, @PathVariable java.util.UUID id, @RequestBody WithdrawalRequest request) {
        ConsentChannel channel = null;
        try {
            channel = request.channel() == null || request.channel().isBlank()
                    ? null
                    : ConsentChannel.valueOf(request.channel().trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(
                    "channel",
                    "There is no channel '" + request.channel() + "'. Use PHONE, IN_PERSON, EMAIL, LETTER or MESSAGE");
        }
        return ConsentJson.of(consents.withdraw(CurrentStaff.require(), reference, id, channel, request.note()));
    }

    private static Set<SharedItem> items(List<String> codes, List<InvalidInput.FieldError> errors) {
        Set<SharedItem> items = EnumSet.noneOf(SharedItem.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                items.add(SharedItem.valueOf(code.trim().toUpperCase()));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                errors.add(new InvalidInput.FieldError(
                        "items",
                        "There is no data item '" + code + "'. Use " + java.util.Arrays.toString(SharedItem.values())));
            }
        }
        return items;
    }

    @GetMapping("/referrals")
    @Operation(
            summary =
                    "With a support organisation user's token: that organisation's referrals, each with only the consented data")
    @Audited(action = AuditAction.DISCLOSURE, record = "referrals")
    List<PartnerJson> list() {
        return referrals.forOrganisation(CurrentStaff.require()).stream()
                .map(PartnerJson::of)
                .toList();
    }

    @GetMapping("/referrals/{id}")
    @Operation(summary = "One referral to the caller's organisation; another organisation's is 404")
    @Audited(action = AuditAction.DISCLOSURE, record = "referral", id = "id")
    PartnerJson one(@PathVariable String id) {
        return PartnerJson.of(referrals.forPartner(CurrentStaff.require(), uuid(id)));
    }

    @PostMapping("/referrals/{id}/acceptance")
    @Operation(
            summary =
                    "Accept or decline a referral: {\"accepted\": true|false, \"reason\": \"...\"}; a reason is needed to decline;"
                            + " answered twice: 409")
    @Audited(action = AuditAction.ALTERATION, record = "referral", id = "id")
    PartnerJson acceptance(@PathVariable String id, @RequestBody AcceptanceRequest request) {
        return PartnerJson.of(referrals.decide(CurrentStaff.require(), uuid(id), request.accepted(), request.reason()));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("There is no such referral.");
        }
    }
}
