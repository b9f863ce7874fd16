package org.reassure.identity.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditOutcome;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.internal.SecondFactors;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Message;

/** "How you sign in" on a person's own account page: replace the authenticator app, get new recovery codes. */
@Controller
@RequestMapping("/account/second-factor")
class SecondFactorAccountController {

    private static final String APP = "/account/second-factor/app";

    private final SecondFactors factors;
    private final SecondFactorPages pages;

    SecondFactorAccountController(SecondFactors factors, SecondFactorPages pages) {
        this.factors = factors;
        this.pages = pages;
    }

    @GetMapping("/app")
    String appPage(HttpSession session, Model model) {
        return pages.setUp(model, session, CurrentStaff.require(), APP, FormErrors.none());
    }

    @PostMapping("/app")
    String app(
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        StaffPrincipal me = CurrentStaff.require();
        FormErrors errors = pages.confirm(me, session, code);
        if (errors.any()) {
            return pages.setUp(model, session, me, APP, errors);
        }
        redirect.addFlashAttribute("success", Message.of("secondFactor.account.appReplaced"));
        return "redirect:/account";
    }

    @PostMapping("/recovery-codes")
    String recoveryCodes(Model model) {
        StaffPrincipal me = CurrentStaff.require();
        pages.audit(me, AuditAction.ALTERATION, AuditOutcome.ALLOWED, "new recovery codes");
        return pages.recoveryCodes(model, factors.newRecoveryCodes(me.id()), "/account");
    }
}
