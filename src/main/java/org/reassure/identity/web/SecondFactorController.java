package org.reassure.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditOutcome;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.internal.Passkeys;
import org.reassure.identity.internal.SecondFactors;
import org.reassure.identity.internal.SignInFactors;
import org.reassure.platform.FormErrors;

/**
 * The second step of signing in: a code from the person's authenticator app or one of their recovery codes, or, at
 * the first sign-in (and after an administrator's reset), setting up the app; or one of their passkeys (the page's
 * script asks the browser for it and sends the answer here as JSON). Proving it adds
 * {@link SignInFactors#SECOND_FACTOR} to the sign-in and gives the session a new id.
 */
@Controller
@RequestMapping(SecondFactorGate.SECOND_FACTOR_PAGE)
class SecondFactorController {

    static final String PENDING_KEY = "reassure.secondFactor.pendingKey";
    static final String PASSKEY_CHALLENGE = "reassure.passkey.authentication";

    private final SecondFactors factors;
    private final SecondFactorPages pages;
    private final Passkeys passkeys;
    private final PasskeyJson json;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    SecondFactorController(SecondFactors factors, SecondFactorPages pages, Passkeys passkeys, PasskeyJson json) {
        this.factors = factors;
        this.pages = pages;
        this.passkeys = passkeys;
        this.json = json;
    }

    @GetMapping
    String codePage(Model model) {
        StaffPrincipal me = signingIn();
        if (me == null) {
            return "redirect:/sign-in";
        }
        if (!factors.enrolled(me.id())) {
            return "redirect:" + SecondFactorGate.SECOND_FACTOR_PAGE + "/set-up";
        }
        model.addAttribute("errors", FormErrors.none());
        return codeView(me, model);
    }

    @PostMapping(value = "/passkey/options", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> passkeyOptions(HttpSession session) {
        StaffPrincipal me = signingIn();
        if (me == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        byte[] challenge = Passkeys.newChallenge();
        session.setAttribute(PASSKEY_CHALLENGE, challenge);
        return ResponseEntity.ok(passkeys.requestOptions(me.id(), challenge));
    }

    @PostMapping(
            value = "/passkey",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> passkey(
            @RequestBody PasskeyJson.Assertion body, HttpServletRequest request, HttpServletResponse response) {
        StaffPrincipal me = signingIn();
        if (me == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        HttpSession session = request.getSession();
        Object challenge = session.getAttribute(PASSKEY_CHALLENGE);
        session.removeAttribute(PASSKEY_CHALLENGE);
        Passkeys.Check check = challenge instanceof byte[] expected
                ? passkeys.authenticate(
                        me.id(),
                        expected,
                        PasskeyJson.bytes(body.id()),
                        PasskeyJson.bytes(body.clientDataJSON()),
                        PasskeyJson.bytes(body.authenticatorData()),
                        PasskeyJson.bytes(body.signature()))
                : Passkeys.Check.REFUSED;
        switch (check) {
            case ACCEPTED -> {
                String target = target(request, response);
                prove(request, response, "passkey");
                return PasskeyJson.next(target);
            }
            case UNKNOWN -> audit(me, AuditOutcome.DENIED, "passkey: not one of theirs");
            default -> audit(me, AuditOutcome.DENIED, "passkey: did not verify");
        }
        return json.refused("passkey", "secondFactor.passkey.refused");
    }

    /** The page for the app's code, offering the person's passkeys if they have any. */
    private String codeView(StaffPrincipal me, Model model) {
        boolean hasPasskey = passkeys.any(me.id());
        model.addAttribute("hasPasskey", hasPasskey);
        model.addAttribute("passkeyScript", hasPasskey);
        return "identity/second-factor";
    }

    @PostMapping
    String code(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return check(code, false, request, response, model);
    }

    @GetMapping("/recovery")
    String recoveryPage(Model model) {
        if (signingIn() == null) {
            return "redirect:/sign-in";
        }
        model.addAttribute("errors", FormErrors.none());
        return "identity/second-factor-recovery";
    }

    @PostMapping("/recovery")
    String recovery(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return check(code, true, request, response, model);
    }

    @GetMapping("/set-up")
    String setUpPage(HttpSession session, Model model) {
        StaffPrincipal me = signingIn();
        if (me == null) {
            return "redirect:/sign-in";
        }
        if (factors.enrolled(me.id())) {
            // Only an administrator's reset lets someone who knows the password set up a new app.
            return "redirect:" + SecondFactorGate.SECOND_FACTOR_PAGE;
        }
        return pages.setUp(model, session, me, SecondFactorGate.SECOND_FACTOR_PAGE + "/set-up", FormErrors.none());
    }

    @PostMapping("/set-up")
    String setUp(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        StaffPrincipal me = signingIn();
        if (me == null) {
            return "redirect:/sign-in";
        }
        if (factors.enrolled(me.id())) {
            return "redirect:" + SecondFactorGate.SECOND_FACTOR_PAGE;
        }
        HttpSession session = request.getSession();
        FormErrors errors = pages.confirm(me, session, code);
        if (errors.any()) {
            return pages.setUp(model, session, me, SecondFactorGate.SECOND_FACTOR_PAGE + "/set-up", errors);
        }
        String target = target(request, response);
        prove(request, response, "authenticator app set up");
        return pages.recoveryCodes(model, factors.newRecoveryCodes(me.id()), target);
    }

    private String check(
            String code, boolean recovery, HttpServletRequest request, HttpServletResponse response, Model model) {
        StaffPrincipal me = signingIn();
        if (me == null) {
            return "redirect:/sign-in";
        }
        String view = recovery ? "identity/second-factor-recovery" : "identity/second-factor";
        FormErrors errors = new FormErrors();
        if (code.isBlank()) {
            errors.add("code", recovery ? "secondFactor.recovery.missing" : "secondFactor.code.missing");
        } else {
            SecondFactors.Check check =
                    recovery ? factors.checkRecoveryCode(me.id(), code) : factors.checkAppCode(me.id(), code);
            String how = recovery ? "recovery code" : "authenticator app";
            switch (check) {
                case ACCEPTED -> {
                    String target = target(request, response);
                    prove(request, response, how);
                    return "redirect:" + target;
                }
                case TOO_MANY -> {
                    audit(me, AuditOutcome.DENIED, how + ": too many wrong codes");
                    errors.add("code", "secondFactor.code.tooMany", SecondFactors.WRONG_CODES_PER_MINUTE);
                }
                default -> {
                    audit(me, AuditOutcome.DENIED, how + ": wrong code");
                    errors.add("code", recovery ? "secondFactor.recovery.wrong" : "secondFactor.code.wrong");
                }
            }
        }
        model.addAttribute("errors", errors);
        return recovery ? view : codeView(me, model);
    }

    /** The person between their password and their second factor, or null. */
    private static StaffPrincipal signingIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return principal;
        }
        return null;
    }

    /** Where the person was going before they signed in (never back to the sign-in pages). */
    private String target(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        String target = saved == null ? "/" : saved.getRedirectUrl();
        return target.contains("/sign-in") ? "/" : target;
    }

    /** Adds the second factor to this sign-in, under a new session id, and audits it. */
    private void prove(HttpServletRequest request, HttpServletResponse response, String how) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        StaffPrincipal me = (StaffPrincipal) current.getPrincipal();
        if (!SignInFactors.secondFactorProved(current)) {
            List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
            authorities.add(new SimpleGrantedAuthority(SignInFactors.SECOND_FACTOR));
            UsernamePasswordAuthenticationToken proved =
                    UsernamePasswordAuthenticationToken.authenticated(me, null, authorities);
            proved.setDetails(current.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(proved);
            SecurityContextHolder.setContext(context);
            request.changeSessionId();
            contexts.saveContext(context, request, response);
        }
        audit(me, AuditOutcome.ALLOWED, how);
    }

    private void audit(StaffPrincipal me, AuditOutcome outcome, String detail) {
        pages.audit(me, AuditAction.SIGN_IN, outcome, detail);
    }
}
