package org.reassure.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/** Administrators unlock an account, switch it off or on, and set a new password (post/redirect/get). */
@Controller
@RequestMapping("/admin/users/{id}")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountAccessController {

    /** The new password, typed once. */
    record PasswordForm(String password) {}

    /** Whether the account is to be switched on. */
    record SwitchForm(boolean enabled) {}

    private final StaffAccounts accounts;
    private final AccountPages pages;

    AccountAccessController(StaffAccounts accounts, AccountPages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    @PostMapping("/unlock")
    @Audited(action = AuditAction.ALTERATION, record = "user", id = "id")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("success", Message.of("identity.admin.unlocked"));
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
