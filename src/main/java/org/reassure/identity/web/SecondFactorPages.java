package org.reassure.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.internal.QrCodes;
import org.reassure.identity.internal.SecondFactors;
import org.reassure.identity.internal.TotpCodes;
import org.reassure.platform.FormErrors;

/**
 * Setting up an authenticator app, at the first sign-in or from the account page: a new key kept in the session until
 * the person types a code their app shows for it, drawn as a QR code and written out for typing; and the page of
 * recovery codes, shown once.
 */
@Component
class SecondFactorPages {

    private static final String ISSUER = "Reassure";

    private final SecondFactors factors;
    private final AuditLog auditLog;
    private final MessageSource messages;

    SecondFactorPages(SecondFactors factors, AuditLog auditLog, MessageSource messages) {
        this.factors = factors;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /** The page that sets up an app, with the key waiting in the session (a new one if none waits). */
    String setUp(Model model, HttpSession session, StaffPrincipal me, String action, FormErrors errors) {
        Object pending = session.getAttribute(SecondFactorController.PENDING_KEY);
        String key = pending == null ? TotpCodes.newKey() : pending.toString();
        session.setAttribute(SecondFactorController.PENDING_KEY, key);
        // Usernames are letters, digits, '.', '_' and '-': safe in the URI and the SVG as they are.
        String uri = "otpauth://totp/" + ISSUER + ":" + me.getUsername() + "?secret=" + key + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=" + TotpCodes.STEP_SECONDS;
        model.addAttribute(
                "qrCode",
                QrCodes.svg(
                        uri, messages.getMessage("secondFactor.setUp.qrTitle", null, LocaleContextHolder.getLocale())));
        model.addAttribute("key", TotpCodes.grouped(key));
        model.addAttribute("action", action);
        model.addAttribute("errors", errors);
        return "identity/second-factor-set-up";
    }

    /** Checks the code typed for the waiting key; if right, the key becomes the person's app (audited). */
    FormErrors confirm(StaffPrincipal me, HttpSession session, String code) {
        FormErrors errors = new FormErrors();
        Object pending = session.getAttribute(SecondFactorController.PENDING_KEY);
        if (code.isBlank()) {
            errors.add("code", "secondFactor.code.missing");
        } else if (pending == null) {
            errors.add("code", "secondFactor.setUp.expired");
        } else {
            switch (factors.confirmApp(me.id(), pending.toString(), code)) {
                case ACCEPTED -> {
                    session.removeAttribute(SecondFactorController.PENDING_KEY);
                    audit(me, AuditAction.ALTERATION, AuditOutcome.ALLOWED, "authenticator app set up");
                }
                case TOO_MANY -> errors.add("code", "secondFactor.code.tooMany", SecondFactors.WRONG_CODES_PER_MINUTE);
                default -> errors.add("code", "secondFactor.setUp.wrong");
            }
        }
        return errors;
    }

    /** The new recovery codes, shown on this response only, and where to go next. */
    String recoveryCodes(Model model, List<String> codes, String next) {
        model.addAttribute("codes", codes);
        model.addAttribute("next", next);
        return "identity/second-factor-codes";
    }

    /** An audit line about the person's own second factor, as them. */
    void audit(StaffPrincipal me, AuditAction action, AuditOutcome outcome, String detail) {
        auditLog.recordAs(
                me.getUsername(), me.roleCodes(), action, "second-factor", me.getUsername(), null, outcome, detail);
    }
}
