package org.reassure.referrals;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;

/**
 * The partner portal: a support organisation's users see their organisation's referrals with only the
 * consented items, answer them, record contact, write to the officer, and read messages from the public.
 */
@Controller
class PartnerController {

    private final Referrals referrals;
    private final SelfReferrals selfReferrals;
    private final Organisations organisations;

    PartnerController(Referrals referrals, SelfReferrals selfReferrals, Organisations organisations) {
        this.referrals = referrals;
        this.selfReferrals = selfReferrals;
        this.organisations = organisations;
    }

    @GetMapping("/partner")
    @Audited(action = AuditAction.DISCLOSURE, record = "referrals")
    String portal(Model model) {
        StaffPrincipal me = CurrentStaff.require();
        model.addAttribute(
                "organisation",
                me.organisationCode() == null
                        ? null
                        : organisations.find(me.organisationCode()).orElse(null));
        model.addAttribute(
                "referrals", me.organisationCode() == null ? java.util.List.of() : referrals.forOrganisation(me));
        model.addAttribute(
                "messageCount",
                me.organisationCode() == null
                        ? 0
                        : selfReferrals.forOrganisation(me).size());
        return "partner/portal";
    }

    @GetMapping("/partner/messages")
    @Audited(action = AuditAction.CONSULTATION, record = "self-referrals")
    String messages(Model model) {
        StaffPrincipal me = CurrentStaff.require();
        model.addAttribute("messages", selfReferrals.forOrganisation(me));
        return "partner/messages";
    }

    @GetMapping("/partner/referrals/{id}")
    @Audited(action = AuditAction.DISCLOSURE, record = "referral", id = "id")
    String referral(@PathVariable String id, Model model) {
        return page(ReferralsApiController.uuid(id), new HashMap<>(), FormErrors.none(), model, true);
    }

    @PostMapping("/partner/referrals/{id}/acceptance")
    @Audited(action = AuditAction.ALTERATION, record = "referral", id = "id")
    String answer(
            @PathVariable String id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        UUID referralId = ReferralsApiController.uuid(id);
        String choice = form.getOrDefault("accepted", "");
        Boolean accepted = "yes".equals(choice) ? Boolean.TRUE : "no".equals(choice) ? Boolean.FALSE : null;
        try {
            PartnerReferral answered =
                    referrals.decide(CurrentStaff.require(), referralId, accepted, form.get("reason"));
            redirect.addFlashAttribute(
                    "success",
                    answered.status() == ReferralStatus.ACCEPTED
                            ? "Referral " + answered.number() + " accepted. Contact the victim in the way they asked."
                            : "Referral " + answered.number() + " declined. The officer has been told why.");
            return "redirect:/partner/referrals/" + referralId;
        } catch (InvalidInput invalid) {
            return page(referralId, form, FormErrors.of(invalid), model, false);
        }
    }

    @PostMapping("/partner/referrals/{id}/contact")
    @Audited(action = AuditAction.ALTERATION, record = "referral", id = "id")
    String contact(
            @PathVariable String id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        UUID referralId = ReferralsApiController.uuid(id);
        try {
            Instant at = null;
            String date = form.getOrDefault("contactDate", "").strip();
            if (!date.isEmpty()) {
                try {
                    at = LocalDate.parse(date)
                            .atTime(LocalTime.NOON)
                            .atZone(Formats.UK)
                            .toInstant();
                } catch (DateTimeException notADate) {
                    throw new InvalidInput(
                            "contactDate",
                            "Enter the date as year-month-day, like 2026-11-27, or leave it blank for today");
                }
            }
            PartnerReferral done = referrals.recordContact(CurrentStaff.require(), referralId, at);
            redirect.addFlashAttribute("success", "First contact recorded for referral " + done.number() + ".");
            return "redirect:/partner/referrals/" + referralId;
        } catch (InvalidInput invalid) {
            return page(referralId, form, FormErrors.of(invalid), model, false);
        }
    }

    @PostMapping("/partner/referrals/{id}/messages")
    @Audited(action = AuditAction.COLLECTION, record = "referral", id = "id")
    String message(
            @PathVariable String id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        UUID referralId = ReferralsApiController.uuid(id);
        try {
            referrals.postMessage(CurrentStaff.require(), referralId, form.get("body"));
            redirect.addFlashAttribute("success", "Message sent to the officer.");
            return "redirect:/partner/referrals/" + referralId + "#messages";
        } catch (InvalidInput invalid) {
            return page(referralId, form, FormErrors.of(invalid), model, false);
        }
    }

    @PostMapping("/partner/referrals/{id}/closure")
    @Audited(action = AuditAction.ALTERATION, record = "referral", id = "id")
    String close(
            @PathVariable String id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        UUID referralId = ReferralsApiController.uuid(id);
        try {
            referrals.close(
                    CurrentStaff.require(),
                    referralId,
                    form.get("closeReason") == null ? null : form.get("closeReason"));
            redirect.addFlashAttribute("success", "Referral closed.");
            return "redirect:/partner/referrals/" + referralId;
        } catch (InvalidInput invalid) {
            FormErrors errors = new FormErrors();
            invalid.errors()
                    .forEach(e -> errors.add("reason".equals(e.field()) ? "closeReason" : e.field(), e.message()));
            return page(referralId, form, errors, model, false);
        }
    }

    private String page(UUID id, Map<String, String> form, FormErrors errors, Model model, boolean disclose) {
        StaffPrincipal me = CurrentStaff.require();
        model.addAttribute("referral", disclose ? referrals.forPartner(me, id) : referrals.forPartnerQuietly(me, id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "partner/referral";
    }
}
