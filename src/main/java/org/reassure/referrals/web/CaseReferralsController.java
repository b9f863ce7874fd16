package org.reassure.referrals.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.CaseSummary;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.referrals.internal.Consents;
import org.reassure.referrals.internal.OfficerReferrals;
import org.reassure.referrals.internal.Organisation;
import org.reassure.referrals.internal.Organisations;
import org.reassure.referrals.internal.Referral;
import org.reassure.referrals.internal.ReferralClosings;
import org.reassure.referrals.internal.ReferralMessages;
import org.reassure.referrals.internal.SharedItem;

/** The officer's side of a referral: send it, follow it, write to the organisation, close it. */
@Controller
class CaseReferralsController {

    private final OfficerReferrals referrals;
    private final ReferralMessages messages;
    private final ReferralClosings closings;
    private final Consents consents;
    private final Organisations organisations;
    private final ReferralsView view;
    private final Cases cases;

    CaseReferralsController(
            OfficerReferrals referrals,
            ReferralMessages messages,
            ReferralClosings closings,
            Consents consents,
            Organisations organisations,
            ReferralsView view,
            Cases cases) {
        this.referrals = referrals;
        this.messages = messages;
        this.closings = closings;
        this.consents = consents;
        this.organisations = organisations;
        this.view = view;
        this.cases = cases;
    }

    @GetMapping("/cases/{reference}/referrals/new")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String newReferral(
            @PathVariable String reference, @RequestParam(required = false) String organisation, Model model) {
        return referralForm(reference, ReferralForm.forOrganisation(organisation), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/referrals/new")
    @Audited(action = AuditAction.DISCLOSURE, record = "case", id = "reference")
    String send(@PathVariable String reference, ReferralForm form, Model model, RedirectAttributes redirect) {
        try {
            Referral referral = referrals.send(CurrentStaff.require(), reference, form.toReferral());
            redirect.addFlashAttribute(
                    "success",
                    Message.of("referrals.flash.referralSent", referral.number(), referral.organisationName()));
            return "redirect:/cases/" + referral.caseReference() + "#referrals";
        } catch (InvalidInput invalid) {
            // The missing consent is about the organisation chosen: the page says so beside that field.
            FormErrors errors = new FormErrors();
            invalid.errors()
                    .forEach(e -> errors.add("consent".equals(e.field()) ? "organisation" : e.field(), e.message()));
            return referralForm(reference, form, errors, model);
        }
    }

    @GetMapping("/cases/{reference}/referrals/{id}")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String referral(@PathVariable String reference, @PathVariable String id, Model model) {
        return referralPage(referral(reference, id), MessageForm.empty(), CloseForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/referrals/{id}/messages")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String message(
            @PathVariable String reference,
            @PathVariable String id,
            MessageForm form,
            Model model,
            RedirectAttributes redirect) {
        Referral referral = referral(reference, id);
        try {
            messages.post(CurrentStaff.require(), referral.id(), form.body());
            redirect.addFlashAttribute(
                    "success", Message.of("referrals.flash.messageSentTo", referral.organisationName()));
            return "redirect:/cases/" + referral.caseReference() + "/referrals/" + referral.id() + "#messages";
        } catch (InvalidInput invalid) {
            return referralPage(referral, form, CloseForm.empty(), FormErrors.of(invalid), model);
        }
    }

    @PostMapping("/cases/{reference}/referrals/{id}/closure")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String close(
            @PathVariable String reference,
            @PathVariable String id,
            CloseForm form,
            Model model,
            RedirectAttributes redirect) {
        Referral referral = referral(reference, id);
        try {
            closings.close(CurrentStaff.require(), referral.id(), form.closeReason());
            redirect.addFlashAttribute("success", Message.of("referrals.flash.referralClosed"));
            return "redirect:/cases/" + referral.caseReference() + "/referrals/" + referral.id();
        } catch (InvalidInput invalid) {
            return referralPage(referral, MessageForm.empty(), form, CloseForm.errors(invalid), model);
        }
    }

    private Referral referral(String reference, String id) {
        return referrals.onCase(CurrentStaff.require(), reference, Ids.referral(id));
    }

    private String referralPage(
            Referral referral, MessageForm message, CloseForm closing, FormErrors errors, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("messageForm", message);
        model.addAttribute("closeForm", closing);
        model.addAttribute("errors", errors);
        return "referrals/referral";
    }

    private String referralForm(String reference, ReferralForm form, FormErrors errors, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        CaseSummary summary = cases.header(me, reference);
        List<Organisation> suggestions = view.suggestions(summary);
        model.addAttribute("summary", summary);
        model.addAttribute(
                "suggested",
                suggestions.isEmpty()
                        ? null
                        : Message.of(
                                "referrals.referralNew.suggested",
                                String.join(
                                        ", ",
                                        suggestions.stream()
                                                .map(Organisation::name)
                                                .toList())));
        model.addAttribute("organisations", Options.organisations(organisations.active()));
        model.addAttribute("consents", consents.liveForCase(reference));
        model.addAttribute("items", SharedItem.values());
        model.addAttribute("canOverride", me.hasRole(OfficerReferrals.OVERRIDE_ROLE));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/referral-new";
    }
}
