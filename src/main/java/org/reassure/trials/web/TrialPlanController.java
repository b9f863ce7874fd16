package org.reassure.trials.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.trials.internal.Trial;
import org.reassure.trials.internal.Trials;

/** The plan pages: an analyst registers a trial, and changes its plan (with a reason once it has started). */
@Controller
@RequestMapping("/trials")
@PreAuthorize("hasRole('ANALYST')")
class TrialPlanController {

    private final Trials trials;
    private final TrialPlanValidator validator;
    private final PlanOptions options;

    TrialPlanController(Trials trials, TrialPlanValidator validator, PlanOptions options) {
        this.trials = trials;
        this.validator = validator;
        this.options = options;
    }

    @GetMapping("/new")
    String newTrial(Model model) {
        return form(model, TrialPlanForm.blank(), FormErrors.none(), null);
    }

    @PostMapping("/new")
    @Audited(action = AuditAction.COLLECTION, record = "trial")
    String create(TrialPlanForm form, Model model, RedirectAttributes redirect) {
        try {
            Trial trial = trials.create(CurrentStaff.require(), validator.plan(form));
            redirect.addFlashAttribute("success", Message.of("trials.flash.registered"));
            return "redirect:/trials/" + trial.id();
        } catch (InvalidInput invalid) {
            return form(model, form, FormErrors.of(invalid), null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Trial trial = trials.get(CurrentStaff.require(), id);
        return form(model, TrialPlanForm.of(trial), FormErrors.none(), trial);
    }

    @PostMapping("/{id}/edit")
    @Audited(action = AuditAction.ALTERATION, record = "trial", id = "id")
    String change(@PathVariable long id, TrialPlanForm form, Model model, RedirectAttributes redirect) {
        Trial trial = trials.get(CurrentStaff.require(), id);
        try {
            trials.change(CurrentStaff.require(), id, validator.plan(form), form.reason());
            redirect.addFlashAttribute(
                    "success", Message.of(trial.locked() ? "trials.flash.changed" : "trials.flash.saved"));
            return "redirect:/trials/" + id;
        } catch (InvalidInput invalid) {
            return form(model, form, FormErrors.of(invalid), trial);
        }
    }

    private String form(Model model, TrialPlanForm form, FormErrors errors, Trial trial) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("trial", trial);
        model.addAttribute("strandOptions", options.strands());
        model.addAttribute("unitOptions", options.units());
        model.addAttribute("channelOptions", options.channels());
        model.addAttribute("power", PlanPower.of(form));
        return "trials/form";
    }
}
