package org.reassure.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.internal.SecondFactors;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Message;

/**
 * An administrator resets a person's second factor (a lost phone, say), giving a reason that goes in the audit log:
 * the person sets up an authenticator app again at their next sign-in.
 */
@Controller
@RequestMapping("/admin/users/{id}/second-factor")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class SecondFactorAdminController {

    private final StaffAccounts accounts;
    private final SecondFactors factors;
    private final AccountPages pages;
    private final AuditLog auditLog;

    SecondFactorAdminController(StaffAccounts accounts, SecondFactors factors, AccountPages pages, AuditLog auditLog) {
        this.accounts = accounts;
        this.factors = factors;
        this.pages = pages;
        this.auditLog = auditLog;
    }

    @PostMapping("/reset")
    String reset(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        StaffAccount account = accounts.get(id);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            FormErrors errors = new FormErrors();
            errors.add(
                    "reason", why.isEmpty() ? "secondFactor.reset.reasonMissing" : "secondFactor.reset.reasonTooLong");
            model.addAttribute("resetReason", reason);
            return pages.show(model, UserForm.of(account), errors, account);
        }
        factors.reset(id);
        // Whoever holds a session now (perhaps with the lost phone) must sign in again and set up afresh.
        accounts.endSessions(id);
        auditLog.record(
                AuditAction.ALTERATION,
                "second-factor",
                account.username(),
                why,
                AuditOutcome.ALLOWED,
                "second factor reset; sessions ended");
        redirect.addFlashAttribute("success", Message.of("secondFactor.reset.done", account.username()));
        return "redirect:/admin/users/" + id;
    }
}
