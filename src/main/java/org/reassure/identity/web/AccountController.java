package org.reassure.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.identity.internal.Passkeys;
import org.reassure.identity.internal.SecondFactors;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/** A person's own account: who they are, and their personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    /** The form that creates a token: its name, saying what will use it. */
    record TokenForm(String label) {

        static TokenForm empty() {
            return new TokenForm("");
        }
    }

    private final StaffAccounts accounts;
    private final ApiTokens tokens;
    private final Units units;
    private final SecondFactors factors;
    private final Passkeys passkeys;

    AccountController(StaffAccounts accounts, ApiTokens tokens, Units units, SecondFactors factors, Passkeys passkeys) {
        this.passkeys = passkeys;
        this.accounts = accounts;
        this.tokens = tokens;
        this.units = units;
        this.factors = factors;
    }

    @GetMapping
    String account(Model model) {
        return page(model, TokenForm.empty(), FormErrors.none());
    }

    @PostMapping("/tokens")
    @Audited(action = AuditAction.COLLECTION, record = "api-token")
    String createToken(TokenForm form, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        try {
            ApiTokens.IssuedToken issued = tokens.issue(me.id(), form.label());
            // Shown on this response only (no redirect), so the token never sits in a session or a URL.
            model.addAttribute("issuedToken", issued.token());
            return page(model, TokenForm.empty(), FormErrors.none());
        } catch (InvalidInput invalid) {
            return page(model, form, FormErrors.of(invalid));
        }
    }

    @PostMapping("/tokens/{id}/revoke")
    @Audited(action = AuditAction.ALTERATION, record = "api-token", id = "id")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(CurrentStaff.require().id(), id);
        redirect.addFlashAttribute("success", Message.of("identity.token.revoked"));
        return "redirect:/account";
    }

    private String page(Model model, TokenForm form, FormErrors errors) {
        StaffPrincipal me = CurrentStaff.require();
        StaffAccount account = accounts.get(me.id());
        model.addAttribute("account", account);
        model.addAttribute("unitPath", account.unitId() == null ? null : units.pathOf(account.unitId()));
        model.addAttribute("tokens", tokens.of(me.id()));
        model.addAttribute("appAddedAt", factors.appAddedAt(me.id()).orElse(null));
        model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(me.id()));
        model.addAttribute("passkeys", passkeys.of(me.id()));
        model.addAttribute("passkeyScript", true);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "identity/account";
    }
}
