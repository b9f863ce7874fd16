package org.reassure.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditOutcome;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.internal.Passkeys;
import org.reassure.platform.Message;

/**
 * "How you sign in" on a person's own account page: add a passkey (the page's script asks the browser to make one,
 * then sends it here to be checked and kept) and remove one.
 */
@Controller
@RequestMapping("/account/second-factor/passkeys")
class PasskeyAccountController {

    static final String CHALLENGE = "reassure.passkey.registration";

    private final Passkeys passkeys;
    private final SecondFactorPages pages;
    private final PasskeyJson json;

    PasskeyAccountController(Passkeys passkeys, SecondFactorPages pages, PasskeyJson json) {
        this.passkeys = passkeys;
        this.pages = pages;
        this.json = json;
    }

    /** The options for the browser, once the name is right (so nobody makes a passkey only to be told to name it). */
    @PostMapping(value = "/options", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> options(
            @RequestBody(required = false) PasskeyJson.Registration body, HttpSession session) {
        StaffPrincipal me = CurrentStaff.require();
        ResponseEntity<Map<String, Object>> wrongName = checkName(body);
        if (wrongName != null) {
            return wrongName;
        }
        byte[] challenge = Passkeys.newChallenge();
        session.setAttribute(CHALLENGE, challenge);
        return ResponseEntity.ok(passkeys.creationOptions(me.id(), me.getUsername(), challenge));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> add(
            @RequestBody PasskeyJson.Registration body, HttpServletRequest request, HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        ResponseEntity<Map<String, Object>> wrongName = checkName(body);
        if (wrongName != null) {
            return wrongName;
        }
        String name = body.name().strip();
        HttpSession session = request.getSession();
        Object challenge = session.getAttribute(CHALLENGE);
        session.removeAttribute(CHALLENGE);
        if (!(challenge instanceof byte[] expected)
                || !passkeys.register(
                        me.id(),
                        name,
                        expected,
                        PasskeyJson.bytes(body.clientDataJSON()),
                        PasskeyJson.bytes(body.attestationObject()))) {
            pages.audit(me, AuditAction.ALTERATION, AuditOutcome.DENIED, "passkey not added: it did not verify");
            return json.refused("passkey", "secondFactor.passkey.notAdded");
        }
        pages.audit(me, AuditAction.ALTERATION, AuditOutcome.ALLOWED, "passkey added");
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("success", Message.of("secondFactor.passkey.added", Message.verbatim(name)));
        RequestContextUtils.saveOutputFlashMap("/account", request, response);
        return PasskeyJson.next("/account#how-you-sign-in");
    }

    /** A 422 if the name is missing or too long, else null. */
    private ResponseEntity<Map<String, Object>> checkName(PasskeyJson.Registration body) {
        String name = body == null || body.name() == null ? "" : body.name().strip();
        if (name.isEmpty()) {
            return json.refused("name", "secondFactor.passkey.nameMissing");
        }
        if (name.length() > Passkeys.NAME_LENGTH) {
            return json.refused("name", "secondFactor.passkey.nameTooLong", Passkeys.NAME_LENGTH);
        }
        return null;
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        StaffPrincipal me = CurrentStaff.require();
        passkeys.remove(me.id(), id).ifPresent(name -> {
            pages.audit(me, AuditAction.ALTERATION, AuditOutcome.ALLOWED, "passkey removed");
            redirect.addFlashAttribute("success", Message.of("secondFactor.passkey.removed", Message.verbatim(name)));
        });
        return "redirect:/account";
    }
}
