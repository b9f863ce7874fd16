package org.reassure.referrals.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.InvalidInput;
import org.reassure.referrals.internal.ConsentChannel;
import org.reassure.referrals.internal.Consents;
import org.reassure.referrals.internal.NewConsent;
import org.reassure.referrals.internal.NewReferral;
import org.reassure.referrals.internal.OfficerReferrals;
import org.reassure.referrals.internal.PartnerReferrals;
import org.reassure.referrals.internal.Referral;
import org.reassure.referrals.internal.SharedItem;
import org.reassure.referrals.web.ReferralsJson.AcceptanceRequest;
import org.reassure.referrals.web.ReferralsJson.ConsentJson;
import org.reassure.referrals.web.ReferralsJson.ConsentRequest;
import org.reassure.referrals.web.ReferralsJson.Created;
import org.reassure.referrals.web.ReferralsJson.PartnerJson;
import org.reassure.referrals.web.ReferralsJson.ReferralRequest;
import org.reassure.referrals.web.ReferralsJson.WithdrawalRequest;

/** Referrals on the API: staff refer a case's victim; a support organisation's users list and answer their referrals. */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Referrals",
        description = "Referral to support organisations with the victim's consent. Without consent covering the"
                + " organisation and the items: 422 naming the missing consent; another organisation's referral: 404.")
class ReferralsApiController {

    private final OfficerReferrals officers;
    private final PartnerReferrals partners;
    private final Consents consents;
    private final Cases cases;

    ReferralsApiController(OfficerReferrals officers, PartnerReferrals partners, Consents consents, Cases cases) {
        this.officers = officers;
        this.partners = partners;
        this.consents = consents;
        this.cases = cases;
    }

    @PostMapping("/cases/{reference}/referrals")
    @ApiResponse(responseCode = "201", description = "Sent: the referral's id and status")
    @ApiResponse(
            responseCode = "409",
            description = "The victim is already referred to this organisation, or the case is closed")
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
        Referral referral = officers.send(
                CurrentStaff.require(),
                reference,
                new NewReferral(
                        request.organisation(),
                        items,
                        request.supportNeeds(),
                        request.justification(),
                        request.overrideReason()));
        return new Created(referral.id().toString(), referral.status().name());
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
                errors.add(new InvalidInput.FieldError("channel", "referrals.api.unknownChannel", request.channel()));
            }
        }
        Instant givenAt = null;
        if (request.givenAt() != null && !request.givenAt().isBlank()) {
            try {
                givenAt = OffsetDateTime.parse(request.givenAt().trim()).toInstant();
            } catch (DateTimeParseException notATime) {
                errors.add(new InvalidInput.FieldError("givenAt", "referrals.api.givenAtFormat"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return ConsentJson.of(consents.record(
                CurrentStaff.require(),
                reference,
                new NewConsent(request.organisation(), items, request.words(), channel, request.givenBy(), givenAt)));
    }

    @PostMapping("/cases/{reference}/consents/{id}/withdrawal")
    @ApiResponse(responseCode = "200", description = "The consent, withdrawn")
    @ApiResponse(responseCode = "409", description = "The consent was already withdrawn")
    @Operation(
            summary =
                    "The victim withdraws a consent: nothing more is shared under it, its live referrals close and the values shared"
                            + " are erased. 409 when already withdrawn")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    ConsentJson withdraw(
            @PathVariable String reference, @PathVariable UUID id, @RequestBody WithdrawalRequest request) {
        ConsentChannel channel;
        try {
            channel = request.channel() == null || request.channel().isBlank()
                    ? null
                    : ConsentChannel.valueOf(request.channel().trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("channel", "referrals.api.unknownChannel", request.channel());
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
                        "referrals.api.unknownItem",
                        String.valueOf(code),
                        Arrays.toString(SharedItem.values())));
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
        return partners.forOrganisation(CurrentStaff.require()).stream()
                .map(PartnerJson::of)
                .toList();
    }

    @GetMapping("/referrals/{id}")
    @Operation(summary = "One referral to the caller's organisation; another organisation's is 404")
    @Audited(action = AuditAction.DISCLOSURE, record = "referral", id = "id")
    PartnerJson one(@PathVariable String id) {
        return PartnerJson.of(partners.forPartner(CurrentStaff.require(), Ids.referral(id)));
    }

    @PostMapping("/referrals/{id}/acceptance")
    @ApiResponse(responseCode = "200", description = "The referral, answered")
    @ApiResponse(responseCode = "409", description = "The referral was already answered")
    @Operation(
            summary =
                    "Accept or decline a referral: {\"accepted\": true|false, \"reason\": \"...\"}; a reason is needed to decline;"
                            + " answered twice: 409")
    @Audited(action = AuditAction.ALTERATION, record = "referral", id = "id")
    PartnerJson acceptance(@PathVariable String id, @RequestBody AcceptanceRequest request) {
        return PartnerJson.of(
                partners.decide(CurrentStaff.require(), Ids.referral(id), request.accepted(), request.reason()));
    }
}
