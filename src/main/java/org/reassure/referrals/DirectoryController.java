package org.reassure.referrals;

import java.util.HashMap;
import java.util.Map;

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
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/**
 * The public directory of support organisations (no account): filtered by strand and area, one page per
 * organisation, and a way to contact one directly without reporting to the police.
 */
@Controller
class DirectoryController {

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
            @RequestParam(required = false) String strand, @RequestParam(required = false) String area, Model model) {
        model.addAttribute("organisations", organisations.directory(strand, area));
        model.addAttribute("strands", strands.active());
        model.addAttribute("areas", organisations.areas());
        model.addAttribute("strand", strand == null ? "" : strand.trim().toUpperCase());
        model.addAttribute("area", area == null ? "" : area.trim());
        return "support/list";
    }

    @GetMapping("/support/{code}")
    String organisation(@PathVariable String code, Model model) {
        model.addAttribute("organisation", active(code));
        return "support/organisation";
    }

    @GetMapping("/support/{code}/contact")
    String contactForm(@PathVariable String code, Model model) {
        return form(active(code), new HashMap<>(), FormErrors.none(), model);
    }

    @PostMapping("/support/{code}/contact")
    String contact(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = active(code);
        try {
            var id = selfReferrals.send(
                    organisation.code(),
                    form.get("name"),
                    form.get("contactBy"),
                    form.get("phone"),
                    form.get("email"),
                    form.get("message"),
                    "yes".equals(form.get("consent")));
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
        model.addAttribute("organisation", active(code));
        return "support/sent";
    }

    private String form(Organisation organisation, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "support/contact";
    }

    private Organisation active(String code) {
        return organisations
                .find(code)
                .filter(Organisation::active)
                .orElseThrow(() -> new NotFound("There is no such organisation."));
    }
}
