package org.reassure.identity;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.reassure.platform.FormErrors;
import org.reassure.platform.ReassureProperties;

/** The sign-in page and the public home page. */
@Controller
class SignInController {

    private final MessageSource messages;
    private final ReassureProperties properties;

    SignInController(MessageSource messages, ReassureProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping("/")
    String home() {
        if (CurrentStaff.get().isPresent()) {
            // A third-party reporting centre works on the reports it made, not on cases.
            return CurrentStaff.get().get().hasRole(Role.THIRD_PARTY_CENTRE)
                    ? "redirect:/centre/reports"
                    : "redirect:/cases";
        }
        return "identity/home";
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
                case USERNAME_MISSING -> errors.add("username", text("signIn.error.usernameMissing"));
                case PASSWORD_MISSING -> errors.add("password", text("signIn.error.passwordMissing"));
                case LOCKED ->
                    errors.add(
                            "username",
                            text(
                                    "signIn.error.locked",
                                    properties.lockDuration().toMinutes()));
                case DISABLED -> errors.add("username", text("signIn.error.disabled"));
                default -> errors.add("username", text("signIn.error.badCredentials"));
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

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
