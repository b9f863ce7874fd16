package org.reassure.referrals;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/** The officer's side: record and withdraw consent, send a referral, follow it and write to the organisation. */
@Controller
class CaseReferralsController {

    private final Consents consents;
    private final Referrals referrals;
    private final Organisations organisations;
    private final ReferralsView view;
    private final Cases cases;

    CaseReferralsController(
            Consents consents, Referrals referrals, Organisations organisations, ReferralsView view, Cases cases) {
        this.consents = consents;
        this.referrals = referrals;
        this.organisations = organisations;
        this.view = view;
        this.cases = cases;
    }

    @GetMapping("/cases/{reference}/consents/new")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String newConsent(
            @PathVariable String reference, @RequestParam(required = false) String organisation, Model model) {
        Map<String, String> form = new HashMap<>();
        if (organisation != null) {
            form.put("organisation", organisation);
        }
        return consentForm(reference, form, FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/consents/new")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String recordConsent(
            @PathVariable String reference,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        try {
            Consent consent = consents.record(
                    CurrentStaff.require(),
                    reference,
                    new Consents.NewConsent(
                            form.get("organisation"),
                            items(form),
                            form.get("words"),
                            option(ConsentChannel.class, form.get("channel")),
                            form.get("givenBy"),
                            null));
            redirect.addFlashAttribute("success", "Consent to share with " + consent.recipient() + " recorded.");
            return "redirect:/cases/" + consent.caseReference() + "#referrals";
        } catch (InvalidInput invalid) {
            return consentForm(reference, form, FormErrors.of(invalid), model);
        }
    }

    @GetMapping("/cases/{reference}/consents/{id}/withdrawal")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String withdrawalForm(@PathVariable String reference, @PathVariable String id, Model model) {
        return withdrawalPage(reference, consent(reference, id), new HashMap<>(), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/consents/{id}/withdrawal")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String withdraw(
            @PathVariable String reference,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Consent consent = consent(reference, id);
        try {
            consents.withdraw(
                    CurrentStaff.require(),
                    reference,
                    consent.id(),
                    option(ConsentChannel.class, form.get("channel")),
                    form.get("note"));
            redirect.addFlashAttribute(
                    "success",
                    "Consent withdrawn. Nothing more will be shared under it, and the organisation has been told.");
            return "redirect:/cases/" + consent.caseReference() + "#referrals";
        } catch (InvalidInput invalid) {
            return withdrawalPage(reference, consent, form, FormErrors.of(invalid), model);
        }
    }

    @GetMapping("/cases/{reference}/referrals/new")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String newReferral(
            @PathVariable String reference, @RequestParam(required = false) String organisation, Model model) {
        Map<String, String> form = new HashMap<>();
        if (organisation != null) {
            form.put("organisation", organisation);
        }
        return referralForm(reference, form, FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/referrals/new")
    @Audited(action = AuditAction.DISCLOSURE, record = "case", id = "reference")
    String send(
            @PathVariable String reference,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        try {
            Referral referral = referrals.send(
                    CurrentStaff.require(),
                    reference,
                    new Referrals.NewReferral(
                            form.get("organisation"),
                            items(form),
                            form.get("supportNeeds"),
                            form.get("justification"),
                            form.get("overrideReason")));
            redirect.addFlashAttribute(
                    "success", "Referral " + referral.number() + " sent to " + referral.organisationName() + ".");
            return "redirect:/cases/" + referral.caseReference() + "#referrals";
        } catch (InvalidInput invalid) {
            return referralForm(reference, form, FormErrors.of(invalid), model);
        }
    }

    @GetMapping("/cases/{reference}/referrals/{id}")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String referral(@PathVariable String reference, @PathVariable String id, Model model) {
        return referralPage(reference, id, new HashMap<>(), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/referrals/{id}/messages")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String message(
            @PathVariable String reference,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Referral referral = referral(reference, id);
        try {
            referrals.postMessage(CurrentStaff.require(), referral.id(), form.get("body"));
            redirect.addFlashAttribute("success", "Message sent to " + referral.organisationName() + ".");
            return "redirect:/cases/" + referral.caseReference() + "/referrals/" + referral.id() + "#messages";
        } catch (InvalidInput invalid) {
            return referralPage(reference, id, form, FormErrors.of(invalid), model);
        }
    }

    @PostMapping("/cases/{reference}/referrals/{id}/closure")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String close(
            @PathVariable String reference,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Referral referral = referral(reference, id);
        try {
            referrals.close(CurrentStaff.require(), referral.id(), form.get("closeReason"));
            redirect.addFlashAttribute("success", "Referral closed.");
            return "redirect:/cases/" + referral.caseReference() + "/referrals/" + referral.id();
        } catch (InvalidInput invalid) {
            FormErrors errors = new FormErrors();
            invalid.errors()
                    .forEach(e -> errors.add("reason".equals(e.field()) ? "closeReason" : e.field(), e.message()));
            return referralPage(reference, id, form, errors, model);
        }
    }

    private Referral referral(String reference, String id) {
        Referral referral = referrals.officerReferral(CurrentStaff.require(), ReferralsApiController.uuid(id));
        if (!referral.caseReference().equals(Consents.normalise(reference))) {
            throw new NotFound("There is no such referral on this case.");
        }
        return referral;
    }

    private Consent consent(String reference, String id) {
        cases.header(CurrentStaff.require(), reference);
        Consent consent = consents.forCase(reference).stream()
                .filter(c -> c.id().toString().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("There is no such consent on this case."));
        return consent;
    }

    private String referralPage(String reference, String id, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("referral", referral(reference, id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/referral";
    }

    private String consentForm(String reference, Map<String, String> form, FormErrors errors, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        model.addAttribute("summary", cases.header(me, reference));
        model.addAttribute(
                "organisations",
                organisations.all().stream().filter(Organisation::active).toList());
        model.addAttribute("items", SharedItem.values());
        model.addAttribute("channels", EnumSet.complementOf(EnumSet.of(ConsentChannel.REPORT)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/consent-new";
    }

    private String withdrawalPage(
            String reference, Consent consent, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("consent", consent);
        model.addAttribute("channels", ConsentChannel.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/withdrawal";
    }

    private String referralForm(String reference, Map<String, String> form, FormErrors errors, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        var summary = cases.header(me, reference);
        model.addAttribute("summary", summary);
        model.addAttribute("suggestions", view.suggestions(summary));
        model.addAttribute(
                "organisations",
                organisations.all().stream().filter(Organisation::active).toList());
        model.addAttribute(
                "consents",
                consents.forCase(reference).stream().filter(c -> !c.withdrawn()).toList());
        model.addAttribute("items", SharedItem.values());
        model.addAttribute("canOverride", me.hasRole(Referrals.OVERRIDE_ROLE));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/referral-new";
    }

    /** Checkboxes named item.NAME, item.PHONE, ... (one field each, so the form works without JavaScript). */
    static Set<SharedItem> items(Map<String, String> form) {
        Set<SharedItem> items = EnumSet.noneOf(SharedItem.class);
        for (SharedItem item : SharedItem.values()) {
            if ("yes".equals(form.get("item." + item.name()))) {
                items.add(item);
            }
        }
        return items;
    }

    private static <E extends Enum<E>> E option(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
