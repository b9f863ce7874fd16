package org.reassure.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/**
 * Administrators switch an account off or on, set a new password, and end the person's sessions with a reason kept in
 * the audit log (post/redirect/get).
 */
@Controller
@RequestMapping("/admin/users/{id}")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountAccessController {

    /** The new password, typed once. */
    record PasswordForm(String password) {}

    /** Whether the account is to be switched on. */
    record SwitchForm(boolean enabled) {}

    /** Why the person's sessions are ended. */
    record EndSessionsForm(String endReason) {}

    private static final int MAX_REASON = 500;

    private final StaffAccounts accounts;
    private final AccountPages pages;
    private final AuditLog auditLog;

    AccountAccessController(StaffAccounts accounts, AccountPages pages, AuditLog auditLog) {
        this.accounts = accounts;
        this.pages = pages;
        this.auditLog = auditLog;
    }

    @PostMapping("/sessions/end")
    String endSessions(@PathVariable long id, EndSessionsForm form, Model model, RedirectAttributes redirect) {
        StaffAccount account = accounts.get(id);
        String reason = form.endReason() == null ? "" : form.endReason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            model.addAttribute("sessionsReason", form.endReason());
            return pages.show(
                    model, UserForm.of(account), new FormErrors().add("endReason", "sessions.reasonMissing"), account);
        }
        int ended = accounts.endSessions(id);
        auditLog.record(
                AuditAction.SIGN_OUT,
                "user",
                String.valueOf(id),
                reason,
                AuditOutcome.ALLOWED,
                "sessions ended by an administrator: " + ended);
        redirect.addFlashAttribute("success", Message.of("sessions.ended", ended, account.username()));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/enabled")
    @Audited(action = AuditAction.ALTERATION, record = "user", id = "id")
    String enabled(@PathVariable long id, SwitchForm form, RedirectAttributes redirect) {
        if (!form.enabled() && CurrentStaff.require().id() == id) {
            redirect.addFlashAttribute("problem", Message.of("identity.admin.cannotSwitchOffSelf"));
            return "redirect:/admin/users/" + id;
        }
        accounts.setEnabled(id, form.enabled());
        redirect.addFlashAttribute(
                "success", Message.of(form.enabled() ? "identity.admin.switchedOn" : "identity.admin.switchedOff"));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/password")
    @Audited(action = AuditAction.ALTERATION, record = "user", id = "id")
    String password(@PathVariable long id, PasswordForm form, Model model, RedirectAttributes redirect) {
        StaffAccount account = accounts.get(id);
        try {
            accounts.setPassword(id, form.password() == null ? "" : form.password());
            redirect.addFlashAttribute("success", Message.of("identity.admin.passwordSet", account.username()));
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput invalid) {
            return pages.show(model, UserForm.of(account), FormErrors.of(invalid), account);
        }
    }
}
