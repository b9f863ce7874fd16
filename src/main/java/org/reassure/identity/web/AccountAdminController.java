package org.reassure.identity.web;

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
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/** Administrators list the accounts, add one, and change an account's name, roles and unit (post/redirect/get). */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountAdminController {

    private final StaffAccounts accounts;
    private final AccountPages pages;

    AccountAdminController(StaffAccounts accounts, AccountPages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    @GetMapping
    @Audited(action = AuditAction.CONSULTATION, record = "user")
    String users(Model model) {
        pages.list(model, accounts.all());
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return pages.show(model, UserForm.empty(), FormErrors.none(), null);
    }

    @PostMapping("/new")
    @Audited(action = AuditAction.COLLECTION, record = "user")
    String createUser(UserForm form, Model model, RedirectAttributes redirect) {
        try {
            StaffAccount account = accounts.create(
                    form.username(),
                    form.displayName(),
                    form.roleSet(),
                    form.unit(),
                    form.organisation(),
                    form.password(),
                    form.workPhone(),
                    form.workEmail());
            redirect.addFlashAttribute(
                    "success", Message.of("identity.admin.accountCreated", account.username(), account.displayName()));
            return "redirect:/admin/users/" + account.id();
        } catch (InvalidInput invalid) {
            return pages.show(model, form.withoutPassword(), FormErrors.of(invalid), null);
        }
    }

    @GetMapping("/{id}")
    @Audited(action = AuditAction.CONSULTATION, record = "user", id = "id")
    String user(@PathVariable long id, Model model) {
        StaffAccount account = accounts.get(id);
        return pages.show(model, UserForm.of(account), FormErrors.none(), account);
    }

    @PostMapping("/{id}")
    @Audited(action = AuditAction.ALTERATION, record = "user", id = "id")
    String updateUser(@PathVariable long id, UserForm form, Model model, RedirectAttributes redirect) {
        StaffAccount account = accounts.get(id);
        try {
            accounts.update(
                    id,
                    form.displayName(),
                    form.roleSet(),
                    form.unit(),
                    form.organisation(),
                    form.workPhone(),
                    form.workEmail());
            redirect.addFlashAttribute("success", Message.of("identity.admin.changesSaved", account.username()));
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput invalid) {
            return pages.show(model, form.withUsername(account.username()), FormErrors.of(invalid), account);
        }
    }
}
