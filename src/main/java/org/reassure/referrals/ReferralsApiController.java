package org.reassure.referrals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Referrals on the API: staff refer a case's victim; a support organisation's users list and answer their referrals. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Referrals", description = "Referral to support organisations with the victim's consent. Without consent covering the"
        + " organisation and the items: 422 naming the missing consent; another organisation's referral: 404.")
class ReferralsApiController {

    private final Referrals referrals;

    ReferralsApiController(Referrals referrals) {
        this.referrals = referrals;
    }

    /**
     * {@code organisation} is required; {@code items} (data item codes) defaults to what the consent covers;
     * {@code overrideReason} lets a supervisor refer without consent.
     */
    record ReferralRequest(String organisation, List<String> items, String supportNeeds, String justification, String overrideReason) {
    }

    record Created(String id, String status) {
    }

    record AcceptanceRequest(Boolean accepted, String reason) {
    }

    record MessageJson(String from, String author, String text, Instant at) {
    }

    /** A referral as the organisation sees it: only the consented items, keyed by item code. */
    record PartnerJson(String id, String number, String status, Instant sentAt, Instant respondBy, boolean responseLapsed,
            Map<String, String> data, boolean sharedWithoutConsent, Instant consentWithdrawnAt, String declineReason,
            Instant contactMadeAt, Instant closedAt, String closedReason, String officer, List<MessageJson> messages) {

        static PartnerJson of(PartnerReferral r) {
            Map<String, String> data = new LinkedHashMap<>();
            r.items().forEach(item -> data.put(item.item().name(), item.value()));
            return new PartnerJson(r.id().toString(), r.number(), r.status().name(), r.sentAt(), r.respondBy(), r.responseLapsed(), data,
                    r.sharedWithoutConsent(), r.consentWithdrawnAt(), r.declineReason(), r.contactMadeAt(), r.closedAt(), r.closedReason(),
                    r.officerName(), r.messages().stream().map(m -> new MessageJson(m.side(), m.authorName(), m.body(), m.sentAt())).toList());
        }
    }

    @PostMapping("/cases/{reference}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer the victim to a support organisation: {\"organisation\": \"<code>\"}. 201 {id, status} when the victim's"
            + " consent (given in the report, consent.referral, or recorded later by staff) covers it; 422 naming the missing consent otherwise")
    @Audited(action = AuditAction.DISCLOSURE, record = "case", id = "reference")
    Created refer(@PathVariable String reference, @RequestBody ReferralRequest request) {
        Set<SharedItem> items = EnumSet.noneOf(SharedItem.class);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        for (String code : request.items() == null ? List.<String>of() : request.items()) {
            try {
                items.add(SharedItem.valueOf(code.trim().toUpperCase()));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                errors.add(new InvalidInput.FieldError("items", "There is no data item '" + code + "'. Use "
                        + java.util.Arrays.toString(SharedItem.values())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Referral referral = referrals.send(CurrentStaff.require(), reference,
                new Referrals.NewReferral(request.organisation(), items, request.supportNeeds(), request.justification(), request.overrideReason()));
        return new Created(referral.id().toString(), referral.status().name());
    }

    @GetMapping("/referrals")
    @Operation(summary = "With a support organisation user's token: that organisation's referrals, each with only the consented data")
    @Audited(action = AuditAction.DISCLOSURE, record = "referrals")
    List<PartnerJson> list() {
        return referrals.forOrganisation(CurrentStaff.require()).stream().map(PartnerJson::of).toList();
    }

    @GetMapping("/referrals/{id}")
    @Operation(summary = "One referral to the caller's organisation; another organisation's is 404")
    @Audited(action = AuditAction.DISCLOSURE, record = "referral", id = "id")
    PartnerJson one(@PathVariable String id) {
        return PartnerJson.of(referrals.forPartner(CurrentStaff.require(), uuid(id)));
    }

    @PostMapping("/referrals/{id}/acceptance")
    @Operation(summary = "Accept or decline a referral: {\"accepted\": true|false, \"reason\": \"...\"}; a reason is needed to decline;"
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
