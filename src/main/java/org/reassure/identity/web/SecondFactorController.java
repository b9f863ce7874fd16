package org.reassure.identity.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditOutcome;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.internal.SecondFactors;
import org.reassure.identity.internal.SignInFactors;
import org.reassure.platform.FormErrors;

/**
 * The second step of signing in: a code from the person's authenticator app or one of their recovery codes, or, at
 * the first sign-in (and after an administrator's reset), setting up the app. Proving it adds
 * {@link SignInFactors#SECOND_FACTOR} to the sign-in and gives the session a new id.
 */
@Controller
@RequestMapping(SecondFactorGate.SECOND_FACTOR_PAGE)
class SecondFactorController {

    static final String PENDING_KEY = "reassure.secondFactor.pendingKey";

    private final SecondFactors factors;
    private final SecondFactorPages pages;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    SecondFactorController(SecondFactors factors, SecondFactorPages pages) {
        this.factors = factors;
        this.pages = pages;
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
        return view;
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
