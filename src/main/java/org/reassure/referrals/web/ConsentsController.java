package org.reassure.referrals.web;

import java.util.EnumSet;
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
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.Choice;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.referrals.internal.Consent;
import org.reassure.referrals.internal.ConsentChannel;
import org.reassure.referrals.internal.Consents;
import org.reassure.referrals.internal.Organisations;
import org.reassure.referrals.internal.SharedItem;

/** The officer records the consent the victim gave, and its withdrawal. */
@Controller
class ConsentsController {

    private static final List<Choice> GIVEN_BY = List.of(
            Choice.of("VICTIM", "referrals.consent.givenBy.VICTIM"),
            Choice.of("REPRESENTATIVE", "referrals.consent.givenBy.REPRESENTATIVE"));

    private final Consents consents;
    private final Organisations organisations;
    private final Cases cases;

    ConsentsController(Consents consents, Organisations organisations, Cases cases) {
        this.consents = consents;
        this.organisations = organisations;
        this.cases = cases;
    }

    @GetMapping("/cases/{reference}/consents/new")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String newConsent(
            @PathVariable String reference, @RequestParam(required = false) String organisation, Model model) {
        return consentPage(reference, ConsentForm.forOrganisation(organisation), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/consents/new")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String recordConsent(@PathVariable String reference, ConsentForm form, Model model, RedirectAttributes redirect) {
        try {
            Consent consent = consents.record(CurrentStaff.require(), reference, form.toConsent());
            redirect.addFlashAttribute("success", Message.of("referrals.flash.consentRecorded", consent.recipient()));
            return "redirect:/cases/" + consent.caseReference() + "#referrals";
        } catch (InvalidInput invalid) {
            return consentPage(reference, form, FormErrors.of(invalid), model);
        }
    }

    @GetMapping("/cases/{reference}/consents/{id}/withdrawal")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String withdrawalForm(@PathVariable String reference, @PathVariable String id, Model model) {
        return withdrawalPage(reference, consent(reference, id), WithdrawalForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/consents/{id}/withdrawal")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String withdraw(
            @PathVariable String reference,
            @PathVariable String id,
            WithdrawalForm form,
            Model model,
            RedirectAttributes redirect) {
        Consent consent = consent(reference, id);
        try {
            consents.withdraw(CurrentStaff.require(), reference, consent.id(), form.channelChosen(), form.note());
            redirect.addFlashAttribute("success", Message.of("referrals.flash.consentWithdrawn"));
            return "redirect:/cases/" + consent.caseReference() + "#referrals";
        } catch (InvalidInput invalid) {
            return withdrawalPage(reference, consent, form, FormErrors.of(invalid), model);
        }
    }

    private Consent consent(String reference, String id) {
        return consents.onCase(CurrentStaff.require(), reference, id);
    }

    private String consentPage(String reference, ConsentForm form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("organisations", Options.organisations(organisations.active()));
        model.addAttribute("items", SharedItem.values());
        model.addAttribute("channels", EnumSet.complementOf(EnumSet.of(ConsentChannel.REPORT)));
        model.addAttribute("givenBy", GIVEN_BY);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/consent-new";
    }

    private String withdrawalPage(
            String reference, Consent consent, WithdrawalForm form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("consent", consent);
        model.addAttribute("channels", ConsentChannel.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/withdrawal";
    }
}
