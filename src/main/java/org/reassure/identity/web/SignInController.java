package org.reassure.identity.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.reassure.identity.CurrentStaff;
import org.reassure.platform.FormErrors;
import org.reassure.platform.ReassureProperties;

/**
 * The sign-in page. Spring Security takes the form; after a failed attempt the page says why (from what
 * {@link SignInHandlers} kept in the session) and keeps the username typed.
 */
@Controller
class SignInController {

    private final ReassureProperties properties;

    SignInController(ReassureProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String timeout,
            @RequestParam(required = false) String signedOut,
            HttpSession session,
            Model model) {
        if (CurrentStaff.get().isPresent()) {
            return "redirect:/";
        }
        FormErrors errors = new FormErrors();
        Object outcome = session.getAttribute(SignInHandlers.OUTCOME);
        Object typed = session.getAttribute(SignInHandlers.TYPED_USERNAME);
        if (error != null && outcome != null) {
            switch (SignInHandlers.Outcome.valueOf(outcome.toString())) {
                case USERNAME_MISSING -> errors.add("username", "signIn.error.usernameMissing");
                case PASSWORD_MISSING -> errors.add("password", "signIn.error.passwordMissing");
                case LOCKED ->
                    errors.add(
                            "username",
                            "signIn.error.locked",
                            properties.lockDuration().toMinutes());
                case DISABLED -> errors.add("username", "signIn.error.disabled");
                default -> errors.add("username", "signIn.error.badCredentials");
            }
        }
        session.removeAttribute(SignInHandlers.OUTCOME);
        session.removeAttribute(SignInHandlers.TYPED_USERNAME);
        model.addAttribute("errors", errors);
        model.addAttribute("username", error != null && typed != null ? typed.toString() : "");
        model.addAttribute("timedOut", timeout != null);
        model.addAttribute("signedOut", signedOut != null);
        return "identity/sign-in";
    }
}
