package org.reassure.casework.web;

import java.util.Set;

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
import org.reassure.casework.internal.CaseRules;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/** Allocating a case to a unit and an officer (or reallocating it, with a reason), and starting the investigation. */
@Controller
@RequestMapping("/cases")
class AllocationController {

    private final CaseWork caseWork;
    private final Cases cases;
    private final Units units;
    private final StaffAccounts accounts;

    AllocationController(CaseWork caseWork, Cases cases, Units units, StaffAccounts accounts) {
        this.caseWork = caseWork;
        this.cases = cases;
        this.units = units;
        this.accounts = accounts;
    }

    @GetMapping("/{reference}/allocation")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String allocationForm(@PathVariable String reference, Model model) {
        return allocationPage(reference, "", "", "", FormErrors.none(), model);
    }

    @PostMapping("/{reference}/allocation")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String allocate(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String officer,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            caseWork.allocate(CurrentStaff.require(), reference, unit, officer, reason);
            redirect.addFlashAttribute("success", Message.of("casework.flash.allocated"));
            return "redirect:/cases/" + CaseRules.normalise(reference);
        } catch (InvalidInput invalid) {
            return allocationPage(reference, unit, officer, reason, FormErrors.of(invalid), model);
        }
    }

    private String allocationPage(
            String reference, String unit, String officer, String reason, FormErrors errors, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        Set<Long> visible = units.visibleTo(me);
        model.addAttribute("case", cases.header(me, reference));
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> visible.contains(u.id())).toList());
        model.addAttribute(
                "officers",
                accounts.all().stream()
                        .filter(a -> a.enabled()
                                && a.unitId() != null
                                && visible.contains(a.unitId())
                                && a.roles().stream().anyMatch(CaseRules.ALLOCATABLE::contains))
                        .toList());
        model.addAttribute("unit", unit);
        model.addAttribute("officer", officer);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "cases/allocation";
    }

    @PostMapping("/{reference}/investigation")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String startInvestigation(@PathVariable String reference, RedirectAttributes redirect) {
        caseWork.startInvestigation(CurrentStaff.require(), reference);
        redirect.addFlashAttribute("success", Message.of("casework.flash.investigationStarted"));
        return "redirect:/cases/" + CaseRules.normalise(reference);
    }
}
