package org.reassure.referrals.web;

import java.util.List;
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
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.referrals.ReferralStatus;
import org.reassure.referrals.internal.Organisations;
import org.reassure.referrals.internal.PartnerReferral;
import org.reassure.referrals.internal.PartnerReferrals;
import org.reassure.referrals.internal.ReferralClosings;
import org.reassure.referrals.internal.ReferralMessages;
import org.reassure.referrals.internal.SelfReferrals;

/**
 * The partner portal: a support organisation's users see their organisation's referrals with only the
 * consented items, answer them, record contact, write to the officer, and read messages from the public.
 */
@Controller
class PartnerController {

    private final PartnerReferrals referrals;
    private final ReferralMessages messages;
    private final ReferralClosings closings;
    private final SelfReferrals selfReferrals;
    private final Organisations organisations;

    PartnerController(
            PartnerReferrals referrals,
            ReferralMessages messages,
            ReferralClosings closings,
            SelfReferrals selfReferrals,
            Organisations organisations) {
        this.referrals = referrals;
        this.messages = messages;
        this.closings = closings;
        this.selfReferrals = selfReferrals;
        this.organisations = organisations;
    }

    @GetMapping("/partner")
    @Audited(action = AuditAction.DISCLOSURE, record = "referrals")
    String portal(Model model) {
        StaffPrincipal me = CurrentStaff.require();
        boolean linked = me.organisationCode() != null;
        model.addAttribute(
                "organisation",
                linked ? organisations.find(me.organisationCode()).orElse(null) : null);
        model.addAttribute("referrals", linked ? referrals.forOrganisation(me) : List.of());
        model.addAttribute("messageCount", linked ? selfReferrals.countFor(me) : 0);
        return "partner/portal";
    }

    @GetMapping("/partner/messages")
    @Audited(action = AuditAction.CONSULTATION, record = "self-referrals")
    String messages(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("result", selfReferrals.forOrganisation(CurrentStaff.require(), page));
        return "partner/messages";
    }

    @GetMapping("/partner/referrals/{id}")
    @Audited(action = AuditAction.DISCLOSURE, record = "referral", id = "id")
    String referral(@PathVariable String id, Model model) {
        UUID referralId = Ids.referral(id);
        return page(referrals.forPartner(CurrentStaff.require(), referralId), FormErrors.none(), model);
    }

    @PostMapping("/partner/referrals/{id}/acceptance")
    @Audited(action = AuditAction.ALTERATION, record = "referral", id = "id")
    String answer(@PathVariable String id, AcceptanceForm form, Model model, RedirectAttributes redirect) {
        UUID referralId = Ids.referral(id);
        try {
            PartnerReferral answered =
                    referrals.decide(CurrentStaff.require(), referralId, form.answer(), form.reason());
            redirect.addFlashAttribute(
                    "success",
                    Message.of(
                            answered.status() == ReferralStatus.ACCEPTED
                                    ? "referrals.flash.accepted"
                                    : "referrals.flash.declined",
                            answered.number()));
            return "redirect:/partner/referrals/" + referralId;
        } catch (InvalidInput invalid) {
            model.addAttribute("acceptanceForm", form);
            return again(referralId, FormErrors.of(invalid), model);
        }
    }

    @PostMapping("/partner/referrals/{id}/contact")
    @Audited(action = AuditAction.ALTERATION, record = "referral", id = "id")
    String contact(@PathVariable String id, FirstContactForm form, Model model, RedirectAttributes redirect) {
        UUID referralId = Ids.referral(id);
        try {
            PartnerReferral done = referrals.recordContact(CurrentStaff.require(), referralId, form.at());
            redirect.addFlashAttribute("success", Message.of("referrals.flash.contactRecorded", done.number()));
            return "redirect:/partner/referrals/" + referralId;
        } catch (InvalidInput invalid) {
            model.addAttribute("firstContactForm", form);
            return again(referralId, FormErrors.of(invalid), model);
        }
    }

    @PostMapping("/partner/referrals/{id}/messages")
    @Audited(action = AuditAction.COLLECTION, record = "referral", id = "id")
    String message(@PathVariable String id, MessageForm form, Model model, RedirectAttributes redirect) {
        UUID referralId = Ids.referral(id);
        try {
            messages.post(CurrentStaff.require(), referralId, form.body());
            redirect.addFlashAttribute("success", Message.of("referrals.flash.messageSentToOfficer"));
            return "redirect:/partner/referrals/" + referralId + "#messages";
        } catch (InvalidInput invalid) {
            model.addAttribute("messageForm", form);
            return again(referralId, FormErrors.of(invalid), model);
        }
    }

    @PostMapping("/partner/referrals/{id}/closure")
    @Audited(action = AuditAction.ALTERATION, record = "referral", id = "id")
    String close(@PathVariable String id, CloseForm form, Model model, RedirectAttributes redirect) {
        UUID referralId = Ids.referral(id);
        try {
            closings.close(CurrentStaff.require(), referralId, form.closeReason());
            redirect.addFlashAttribute("success", Message.of("referrals.flash.referralClosed"));
            return "redirect:/partner/referrals/" + referralId;
        } catch (InvalidInput invalid) {
            model.addAttribute("closeForm", form);
            return again(referralId, CloseForm.errors(invalid), model);
        }
    }

    /** The page again after a form error: the view was disclosed and logged when it was first shown. */
    private String again(UUID id, FormErrors errors, Model model) {
        return page(referrals.forPartnerQuietly(CurrentStaff.require(), id), errors, model);
    }

    /** The referral with its four forms, each as typed when it was the one sent back. */
    private String page(PartnerReferral referral, FormErrors errors, Model model) {
        model.addAttribute("referral", referral);
        if (!model.containsAttribute("acceptanceForm")) {
            model.addAttribute("acceptanceForm", AcceptanceForm.empty());
        }
        if (!model.containsAttribute("firstContactForm")) {
            model.addAttribute("firstContactForm", FirstContactForm.empty());
        }
        if (!model.containsAttribute("closeForm")) {
            model.addAttribute("closeForm", CloseForm.empty());
        }
        if (!model.containsAttribute("messageForm")) {
            model.addAttribute("messageForm", MessageForm.empty());
        }
        model.addAttribute("errors", errors);
        return "partner/referral";
    }
}
