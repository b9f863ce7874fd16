package org.reassure.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the audit log: recent entries, a filter, and the chain check. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @Audited(action = AuditAction.CONSULTATION, record = "audit-log")
    String list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String outcome,
            Model model) {
        AuditAction actionFilter = parse(AuditAction.class, action);
        AuditOutcome outcomeFilter = parse(AuditOutcome.class, outcome);
        String actorFilter =
                actor == null || actor.isBlank() ? null : actor.strip().toLowerCase();
        model.addAttribute("entries", auditLog.search(actorFilter, actionFilter, outcomeFilter, 200));
        model.addAttribute("actor", actorFilter);
        model.addAttribute("action", actionFilter);
        model.addAttribute("outcome", outcomeFilter);
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

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
