package org.reassure.care.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.care.internal.CareAccess;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.reporting.Satisfaction;
import org.reassure.reporting.VictimSatisfaction;

/**
 * Recording the victim's answers to the satisfaction survey, taken in a call or in person once the investigation
 * has finished, for victims who do not answer online. Each case keeps one set of answers.
 */
@Controller
class CareSatisfactionController {

    private final VictimSatisfaction satisfaction;
    private final CareAccess access;
    private final Cases cases;

    CareSatisfactionController(VictimSatisfaction satisfaction, CareAccess access, Cases cases) {
        this.satisfaction = satisfaction;
        this.access = access;
        this.cases = cases;
    }

    @GetMapping("/cases/{reference}/satisfaction/new")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String form(@PathVariable String reference, Model model) {
        String ref = access.contactingVictim(CurrentStaff.require(), reference);
        return page(ref, SatisfactionForm.byPhone(), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/satisfaction/new")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String record(@PathVariable String reference, SatisfactionForm form, Model model, RedirectAttributes redirect) {
        StaffPrincipal me = CurrentStaff.require();
        String ref = access.contactingVictim(me, reference);
        try {
            satisfaction.recordBySurvey(
                    ref, form.given(), form.chosenRespondent(), form.chosenChannel(), me.getUsername());
        } catch (InvalidInput invalid) {
            return page(ref, form, FormErrors.of(invalid), model);
        } catch (ConflictingState conflict) {
            // Answered meanwhile (perhaps online), or the case was reopened: the case page shows where it stands.
            redirect.addFlashAttribute("problem", conflict.message());
            return "redirect:/cases/" + ref + "#satisfaction";
        }
        redirect.addFlashAttribute("success", Message.of("care.flash.satisfactionRecorded"));
        return "redirect:/cases/" + ref + "#satisfaction";
    }

    private String page(String reference, SatisfactionForm form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("scale", List.of(Satisfaction.values()));
        model.addAttribute("respondents", List.of(VictimSatisfaction.Respondent.values()));
        model.addAttribute(
                "channels", List.of(VictimSatisfaction.Channel.TELEPHONE, VictimSatisfaction.Channel.IN_PERSON));
        model.addAttribute("finished", satisfaction.finished(reference));
        model.addAttribute("answered", satisfaction.of(reference).orElse(null));
        return "care/satisfaction-new";
    }
}
