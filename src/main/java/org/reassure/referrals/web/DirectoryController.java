package org.reassure.referrals.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.casework.Strands;
import org.reassure.platform.Choice;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.referrals.internal.Organisation;
import org.reassure.referrals.internal.Organisations;
import org.reassure.referrals.internal.SelfReferrals;

/**
 * The public directory of support organisations (no account): filtered by strand and area, one page per
 * organisation, and a way to contact one directly without reporting to the police.
 */
@Controller
class DirectoryController {

    private static final List<Choice> CONTACT_BY =
            List.of(Choice.of("PHONE", "support.contact.byPhone"), Choice.of("EMAIL", "support.contact.byEmail"));

    private final Organisations organisations;
    private final SelfReferrals selfReferrals;
    private final Strands strands;
    private final AuditLog auditLog;

    DirectoryController(Organisations organisations, SelfReferrals selfReferrals, Strands strands, AuditLog auditLog) {
        this.organisations = organisations;
        this.selfReferrals = selfReferrals;
        this.strands = strands;
        this.auditLog = auditLog;
    }

    @GetMapping("/support")
    String list(
            @RequestParam(required = false) String strand,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String language,
            Model model) {
        model.addAttribute("organisations", organisations.directory(strand, area, language));
        model.addAttribute("languages", organisations.languages());
        model.addAttribute("language", language == null ? "" : language.strip().toLowerCase(Locale.ROOT));
        model.addAttribute("strands", strands.active());
        model.addAttribute("areas", organisations.areas());
        model.addAttribute("strand", strand == null ? "" : strand.trim().toUpperCase());
        model.addAttribute("area", area == null ? "" : area.trim());
        return "support/list";
    }

    @GetMapping("/support/{code}")
    String organisation(@PathVariable String code, Model model) {
        model.addAttribute("organisation", organisations.listed(code));
        return "support/organisation";
    }

    @GetMapping("/support/{code}/contact")
    String contactForm(@PathVariable String code, Model model) {
        return form(organisations.listed(code), ContactForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/support/{code}/contact")
    String contact(@PathVariable String code, ContactForm form, Model model, RedirectAttributes redirect) {
        Organisation organisation = organisations.listed(code);
        try {
            UUID id = selfReferrals.send(organisation.code(), form.toSelfReferral());
            // The message is for the organisation only: the log names the record, never its content.
            auditLog.record(
                    AuditAction.COLLECTION,
                    "self-referral",
                    id.toString(),
                    null,
                    AuditOutcome.ALLOWED,
                    "sent to " + organisation.code());
            redirect.addFlashAttribute("sentTo", organisation.name());
            return "redirect:/support/" + organisation.code() + "/sent";
        } catch (InvalidInput invalid) {
            return form(organisation, form, FormErrors.of(invalid), model);
        }
    }

    @GetMapping("/support/{code}/sent")
    String sent(@PathVariable String code, Model model) {
        model.addAttribute("organisation", organisations.listed(code));
        return "support/sent";
    }

    private String form(Organisation organisation, ContactForm form, FormErrors errors, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("contactBy", CONTACT_BY);
        model.addAttribute("consent", List.of(Choice.of("yes", "support.contact.consent")));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "support/contact";
    }
}
