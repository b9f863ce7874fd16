package org.reassure.identity;

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
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;

/** A person's own account: who they are, and their personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final StaffAccounts accounts;
    private final ApiTokens tokens;
    private final Units units;

    AccountController(StaffAccounts accounts, ApiTokens tokens, Units units) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.units = units;
    }

    @GetMapping
    String account(Model model) {
        return page(model, "", FormErrors.none());
    }

    @PostMapping("/tokens")
    @Audited(action = AuditAction.COLLECTION, record = "api-token")
    String createToken(@RequestParam(defaultValue = "") String label, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        try {
            ApiTokens.IssuedToken issued = tokens.issue(me.id(), label);
            // Shown on this response only (no redirect), so the token never sits in a session or a URL.
            model.addAttribute("issuedToken", issued.token());
            return page(model, "", FormErrors.none());
        } catch (InvalidInput invalid) {
            return page(model, label, FormErrors.of(invalid));
        }
    }

    @PostMapping("/tokens/{id}/revoke")
    @Audited(action = AuditAction.ALTERATION, record = "api-token", id = "id")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(CurrentStaff.require().id(), id);
        redirect.addFlashAttribute("success", "Token revoked. Anything using it can no longer reach the API.");
        return "redirect:/account";
    }

    private String page(Model model, String label, FormErrors errors) {
        StaffPrincipal me = CurrentStaff.require();
        StaffAccount account = accounts.get(me.id());
        model.addAttribute("account", account);
        model.addAttribute("unitPath", account.unitId() == null ? null : units.pathOf(account.unitId()));
        model.addAttribute("tokens", tokens.of(me.id()));
        model.addAttribute("label", label);
        model.addAttribute("errors", errors);
        return "identity/account";
    }
}
