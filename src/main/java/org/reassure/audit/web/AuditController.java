package org.reassure.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.audit.Audited;
import org.reassure.platform.FormErrors;

/** The administrator's view of the audit log: recent entries, a filter, and the chain check. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditController {

    private static final int SHOWN = 200;

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @Audited(action = AuditAction.CONSULTATION, record = "audit-log")
    String list(AuditFilter filter, Model model) {
        FormErrors errors = FormErrors.none();
        AuditAction action = filter.chosenAction(errors);
        AuditOutcome outcome = filter.chosenOutcome(errors);
        model.addAttribute("entries", auditLog.search(filter.actorName(), action, outcome, SHOWN));
        model.addAttribute("errors", errors);
        model.addAttribute("actor", filter.actorName());
        // What was typed stays in the form, beside its error.
        model.addAttribute("action", errors.has("action") ? filter.action() : action);
        model.addAttribute("outcome", errors.has("outcome") ? filter.outcome() : outcome);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("outcomes", AuditOutcome.values());
        return "audit/list";
    }

    @PostMapping("/verify")
    @Audited(action = AuditAction.CONSULTATION, record = "audit-chain")
    String verify(Model model) {
        model.addAttribute("verification", auditLog.verify());
        return "audit/verify";
    }
}
