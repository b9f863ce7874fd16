package org.reassure.trials.web;

import org.springframework.security.access.prepost.PreAuthorize;
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
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.trials.internal.Enrolments;
import org.reassure.trials.internal.Trial;
import org.reassure.trials.internal.Trials;

/** The list of trials and a trial's own page: analysts start and stop trials there; analysts and supervisors read them. */
@Controller
@RequestMapping("/trials")
@PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
class TrialsController {

    private final Trials trials;
    private final Enrolments enrolments;

    TrialsController(Trials trials, Enrolments enrolments) {
        this.trials = trials;
        this.enrolments = enrolments;
    }

    @GetMapping
    @Audited(action = AuditAction.CONSULTATION, record = "trial")
    String list(Model model) {
        model.addAttribute("trials", trials.all(CurrentStaff.require()));
        model.addAttribute("analyst", CurrentStaff.require().hasRole(Role.ANALYST));
        return "trials/list";
    }

    @GetMapping("/{id}")
    @Audited(action = AuditAction.CONSULTATION, record = "trial", id = "id")
    String show(@PathVariable long id, Model model) {
        return show(id, model, FormErrors.none());
    }

    @PostMapping("/{id}/start")
    @PreAuthorize("hasRole('ANALYST')")
    @Audited(action = AuditAction.ALTERATION, record = "trial", id = "id")
    String start(@PathVariable long id, RedirectAttributes redirect) {
        Trial trial = trials.start(CurrentStaff.require(), id);
        redirect.addFlashAttribute("success", Message.of("trials.flash.started"));
        return "redirect:/trials/" + trial.id();
    }

    @PostMapping("/{id}/stop")
    @PreAuthorize("hasRole('ANALYST')")
    @Audited(action = AuditAction.ALTERATION, record = "trial", id = "id")
    String stop(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            trials.stop(CurrentStaff.require(), id, reason);
            redirect.addFlashAttribute("success", Message.of("trials.flash.stopped"));
            return "redirect:/trials/" + id;
        } catch (InvalidInput invalid) {
            return show(id, model, FormErrors.of(invalid));
        }
    }

    private String show(long id, Model model, FormErrors errors) {
        Trial trial = trials.get(CurrentStaff.require(), id);
        model.addAttribute("trial", trial);
        model.addAttribute("changes", trials.changes(CurrentStaff.require(), id));
        model.addAttribute("screening", enrolments.screening(id));
        model.addAttribute("analyst", CurrentStaff.require().hasRole(Role.ANALYST));
        model.addAttribute("errors", errors);
        return "trials/show";
    }
}
