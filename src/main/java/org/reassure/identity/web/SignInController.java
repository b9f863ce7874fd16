package org.reassure.identity.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.reassure.identity.CurrentStaff;
import org.reassure.identity.internal.SsoClients;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Message;
import org.reassure.platform.ReassureProperties;

/**
 * The sign-in page. Spring Security takes the form; after a failed attempt the page says why (from what
 * {@link SignInHandlers} kept in the session) and keeps the username typed. The same words answer a known and an
 * unknown username. With single sign-on set up it also offers "Sign in with ..."; a person the provider vouched for
 * but Reassure refuses is told why on a page of its own.
 */
@Controller
class SignInController {

    private final ReassureProperties properties;
    private final SsoClients sso;

    SignInController(ReassureProperties properties, SsoClients sso) {
        this.properties = properties;
        this.sso = sso;
    }

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String timeout,
            @RequestParam(required = false) String signedOut,
            @RequestParam(required = false) String expired,
            HttpSession session,
            Model model) {
        if (CurrentStaff.get().isPresent()) {
            return "redirect:/";
        }
        FormErrors errors = new FormErrors();
        Object outcome = session.getAttribute(SignInHandlers.OUTCOME);
        Object typed = session.getAttribute(SignInHandlers.TYPED_USERNAME);
        Message wait = waitText(session.getAttribute(SignInHandlers.WAIT_SECONDS));
        if (error != null && outcome != null) {
            switch (SignInHandlers.Outcome.valueOf(outcome.toString())) {
                case USERNAME_MISSING -> errors.add("username", "signIn.error.usernameMissing");
                case PASSWORD_MISSING -> errors.add("password", "signIn.error.passwordMissing");
                case THROTTLED -> errors.add("username", "signIn.error.throttled", wait);
                case DISABLED -> errors.add("username", "signIn.error.disabled");
                default ->
                    errors.add(
                            "username",
                            wait == null
                                    ? Message.of("signIn.error.badCredentials")
                                    : Message.of("signIn.error.badCredentialsWait", wait));
            }
        }
        session.removeAttribute(SignInHandlers.OUTCOME);
        session.removeAttribute(SignInHandlers.TYPED_USERNAME);
        session.removeAttribute(SignInHandlers.WAIT_SECONDS);
        model.addAttribute("errors", errors);
        model.addAttribute("username", error != null && typed != null ? typed.toString() : "");
        model.addAttribute("timedOut", timeout != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("expired", expired != null);
        model.addAttribute(
                "expiredHours", Math.max(1, properties.staffAbsoluteTimeout().toHours()));
        model.addAttribute("sso", sso.enabled());
        model.addAttribute("ssoName", sso.enabled() ? sso.displayName() : "");
        return "identity/sign-in";
    }

    /** Single sign-on worked at the provider but Reassure refused the person: why, and what to do. */
    @GetMapping("/sign-in/refused")
    String refused(HttpSession session, Model model) {
        Object reason = session.getAttribute(SsoHandlers.REFUSAL);
        model.addAttribute("reason", "sso.refused." + (reason == null ? "providerError" : reason));
        model.addAttribute("ssoName", sso.displayName());
        return "identity/sign-in-refused";
    }

    /** How long to wait, in words ("12 seconds", "3 minutes"), or null for no wait. */
    private static Message waitText(Object seconds) {
        if (!(seconds instanceof Long wait) || wait <= 0) {
            return null;
        }
        return wait < 120
                ? Message.of("signIn.wait.seconds", wait)
                : Message.of("signIn.wait.minutes", (wait + 59) / 60);
    }
}
