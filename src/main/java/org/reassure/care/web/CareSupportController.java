package org.reassure.care.web;

import java.util.Comparator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.SupportOfficers;
import org.reassure.care.internal.TaskStatus;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/** A supervisor assigns a hate crime support officer to a case; a support officer sees their caseload. */
@Controller
class CareSupportController {

    private final SupportOfficers supportOfficers;
    private final CareTasks tasks;
    private final Cases cases;

    CareSupportController(SupportOfficers supportOfficers, CareTasks tasks, Cases cases) {
        this.supportOfficers = supportOfficers;
        this.tasks = tasks;
        this.cases = cases;
    }

    @GetMapping("/caseload")
    @Audited(action = AuditAction.CONSULTATION, record = "care-tasks")
    String caseload(Model model) {
        StaffPrincipal me = CurrentStaff.require();
        if (!me.hasRole(Role.SUPPORT_OFFICER)) {
            throw new AccessDeniedException("The caseload is for hate crime support officers.");
        }
        model.addAttribute("caseload", supportOfficers.caseload(me));
        model.addAttribute(
                "open",
                tasks.assignedTo(me).stream()
                        .filter(t -> t.status().isOpen())
                        .sorted(Comparator.comparing((CareTask t) -> t.status() != TaskStatus.OVERDUE)
                                .thenComparing(CareTask::dueAt))
                        .toList());
        return "care/caseload";
    }

    @GetMapping("/cases/{reference}/support-officer")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String assignment(@PathVariable String reference, Model model) {
        return form(reference, new SupportOfficerForm(null), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/support-officer")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String assign(@PathVariable String reference, SupportOfficerForm form, Model model, RedirectAttributes redirect) {
        try {
            SupportOfficers.Assignment assigned =
                    supportOfficers.assign(CurrentStaff.require(), reference, form.supportOfficer());
            redirect.addFlashAttribute(
                    "success", Message.of("care.flash.supportOfficerAssigned", assigned.supportOfficerName()));
            return "redirect:/cases/" + assigned.caseReference() + "#care";
        } catch (InvalidInput invalid) {
            return form(reference, form, FormErrors.of(invalid), model);
        }
    }

    @GetMapping("/cases/{reference}/support-officer/end")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String ending(@PathVariable String reference, Model model) {
        return endForm(reference, "", FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/support-officer/end")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String end(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String endReason,
            Model model,
            RedirectAttributes redirect) {
        try {
            supportOfficers.end(CurrentStaff.require(), reference, endReason);
        } catch (InvalidInput invalid) {
            return endForm(reference, endReason, FormErrors.of(invalid), model);
        } catch (ConflictingState noSupport) {
            redirect.addFlashAttribute("problem", noSupport.message());
            return "redirect:/cases/"
                    + cases.header(CurrentStaff.require(), reference).reference() + "#care";
        }
        redirect.addFlashAttribute("success", Message.of("care.flash.supportEnded"));
        return "redirect:/cases/"
                + cases.header(CurrentStaff.require(), reference).reference() + "#care";
    }

    private String endForm(String reference, String reason, FormErrors errors, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        model.addAttribute("summary", cases.header(me, reference));
        SupportOfficers.Assignment current = supportOfficers.current(reference).orElse(null);
        if (current != null && !me.hasRole(Role.SUPERVISOR) && !me.getUsername().equals(current.supportOfficer())) {
            throw new AccessDeniedException("Only a supervisor or the case's support officer may end the support.");
        }
        model.addAttribute("current", current);
        model.addAttribute("endReason", reason);
        model.addAttribute("errors", errors);
        return "care/support-end";
    }

    private String form(String reference, SupportOfficerForm form, FormErrors errors, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        if (!me.hasRole(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only supervisors assign hate crime support officers.");
        }
        model.addAttribute("summary", cases.header(me, reference));
        model.addAttribute("candidates", supportOfficers.candidates(me, reference));
        model.addAttribute("current", supportOfficers.current(reference).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "care/support-officer";
    }
}
