package org.reassure.casework.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.CaseWork;
import org.reassure.casework.Cases;
import org.reassure.casework.Catalogues;
import org.reassure.casework.DecisionType;
import org.reassure.casework.internal.CaseRules;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/**
 * The investigation's steps: key decisions, the victim's withdrawal and the outcome share one form shape (what, when,
 * and a note or reason); then closing and reopening the case.
 */
@Controller
@RequestMapping("/cases")
class StepsController {

    private final CaseWork caseWork;
    private final Cases cases;
    private final Catalogues catalogues;

    StepsController(CaseWork caseWork, Cases cases, Catalogues catalogues) {
        this.caseWork = caseWork;
        this.cases = cases;
        this.catalogues = catalogues;
    }

    @GetMapping("/{reference}/{step:decision|withdrawal|outcome}")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String stepForm(@PathVariable String reference, @PathVariable String step, Model model) {
        return stepPage(reference, step, "", WhenField.now(), "", FormErrors.none(), model);
    }

    @PostMapping("/{reference}/{step:decision|withdrawal|outcome}")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String step(
            @PathVariable String reference,
            @PathVariable String step,
            @RequestParam(defaultValue = "") String choice,
            WhenField when,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        StaffPrincipal me = CurrentStaff.require();
        if ("withdrawal".equals(step)) {
            text = reason;
        }
        try {
            switch (step) {
                case "decision" -> {
                    DecisionType type =
                            choice.isBlank() ? null : CaseWorkApiController.parse(DecisionType.class, choice, "choice");
                    caseWork.recordDecision(me, reference, type, when.toInstant("when"), text);
                    redirect.addFlashAttribute("success", Message.of("casework.flash.decisionRecorded"));
                }
                case "withdrawal" -> {
                    caseWork.recordWithdrawal(me, reference, when.toInstant("when"), text);
                    redirect.addFlashAttribute("success", Message.of("casework.flash.withdrawalRecorded"));
                }
                default -> {
                    Integer code = choice.isBlank() ? null : parseCode(choice);
                    caseWork.finalise(me, reference, code, when.toInstant("when"));
                    redirect.addFlashAttribute("success", Message.of("casework.flash.finalised"));
                }
            }
            return "redirect:/cases/" + CaseRules.normalise(reference);
        } catch (InvalidInput invalid) {
            // The decision or outcome list is the field called "choice" on this page.
            FormErrors errors = new FormErrors();
            invalid.errors()
                    .forEach(error -> errors.add(
                            error.field().equals("type") || error.field().equals("code") ? "choice" : error.field(),
                            error.message()));
            return stepPage(reference, step, choice, when, text, errors, model);
        }
    }

    private static Integer parseCode(String choice) {
        try {
            return Integer.valueOf(choice.trim());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput("choice", "casework.problem.outcomeMissing");
        }
    }

    private String stepPage(
            String reference, String step, String choice, WhenField when, String text, FormErrors errors, Model model) {
        model.addAttribute("case", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("step", step);
        model.addAttribute("choice", choice);
        model.addAttribute("when", when);
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        model.addAttribute("decisionTypes", DecisionType.values());
        model.addAttribute("outcomes", catalogues.outcomes());
        return "cases/step";
    }

    @PostMapping("/{reference}/close")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String close(@PathVariable String reference, RedirectAttributes redirect) {
        caseWork.close(CurrentStaff.require(), reference, null);
        redirect.addFlashAttribute("success", Message.of("casework.flash.closed"));
        return "redirect:/cases/" + CaseRules.normalise(reference);
    }

    @PostMapping("/{reference}/reopen")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String reopen(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            caseWork.reopen(CurrentStaff.require(), reference, reason);
            redirect.addFlashAttribute("success", Message.of("casework.flash.reopened"));
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("reopenErrors", FormErrors.of(invalid));
        }
        return "redirect:/cases/" + CaseRules.normalise(reference);
    }
}
