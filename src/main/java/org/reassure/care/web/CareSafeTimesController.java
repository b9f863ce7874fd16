package org.reassure.care.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.care.internal.CareAccess;
import org.reassure.care.internal.SafeContactTimes;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Message;
import org.reassure.reporting.ContactWishes;

/**
 * Changing when and how it is safe to contact the victim, with them, and whether they agree to be contacted at all: a
 * new version, dated and attributed with the reason; what the report said stays in the report.
 */
@Controller
class CareSafeTimesController {

    private final SafeContactTimes safeTimes;
    private final CareAccess access;
    private final Cases cases;

    CareSafeTimesController(SafeContactTimes safeTimes, CareAccess access, Cases cases) {
        this.safeTimes = safeTimes;
        this.access = access;
        this.cases = cases;
    }

    @GetMapping("/cases/{reference}/safe-times")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String form(@PathVariable String reference, Model model) {
        String ref = access.contactingVictim(CurrentStaff.require(), reference);
        return page(ref, SafeTimesForm.of(safeTimes.current(ref).orElse(null)), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/safe-times")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String change(@PathVariable String reference, SafeTimesForm form, Model model, RedirectAttributes redirect) {
        StaffPrincipal me = CurrentStaff.require();
        String ref = access.contactingVictim(me, reference);
        FormErrors errors = new FormErrors();
        Boolean consentBefore = safeTimes
                .current(ref)
                .map(SafeContactTimes.Wishes::contactConsent)
                .orElse(null);
        ContactWishes wishes = form.toWishes(errors, consentBefore);
        if (errors.any()) {
            return page(ref, form, errors, model);
        }
        safeTimes.change(ref, wishes, me.getUsername(), form.reason().strip(), form.consent());
        redirect.addFlashAttribute("success", Message.of("care.flash.safeTimesChanged"));
        return "redirect:/cases/" + ref + "#care";
    }

    private String page(String reference, SafeTimesForm form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", SafeTimesForm.CHANNELS);
        return "care/safe-times";
    }
}
