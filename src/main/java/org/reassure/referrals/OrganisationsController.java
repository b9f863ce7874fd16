package org.reassure.referrals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.Strands;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;

/** Keeping the directory current: administrators edit any entry, a support organisation's users their own. */
@Controller
class OrganisationsController {

    private final Organisations organisations;
    private final Strands strands;

    OrganisationsController(Organisations organisations, Strands strands) {
        this.organisations = organisations;
        this.strands = strands;
    }

    @GetMapping("/organisations")
    String list(Model model) {
        StaffPrincipal me = CurrentStaff.require();
        if (!me.hasRole(Role.ADMINISTRATOR)) {
            if (me.hasRole(Role.SUPPORT_ORGANISATION) && me.organisationCode() != null) {
                return "redirect:/organisations/" + me.organisationCode() + "/edit";
            }
            throw new AccessDeniedException("Only administrators keep the directory.");
        }
        model.addAttribute("organisations", organisations.all());
        return "referrals/organisations";
    }

    @GetMapping("/organisations/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Organisation organisation = organisations.get(code);
        Organisations.requireEditor(CurrentStaff.require(), organisation);
        return form(organisation, formOf(organisation), FormErrors.none(), model);
    }

    @PostMapping("/organisations/{code}/edit")
    @Audited(action = AuditAction.ALTERATION, record = "support-organisation", id = "code")
    String save(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = organisations.get(code);
        StaffPrincipal me = CurrentStaff.require();
        Organisations.requireEditor(me, organisation);
        try {
            List<String> chosen = strands.active().stream()
                    .map(Strands.StrandInfo::code)
                    .filter(s -> "yes".equals(form.get("strand." + s)))
                    .toList();
            int days;
            try {
                days = Integer.parseInt(form.getOrDefault("responseDays", "").strip());
            } catch (NumberFormatException notANumber) {
                days = 0;
            }
            Organisation.Capacity capacity = Arrays.stream(Organisation.Capacity.values())
                    .filter(c -> c.name().equals(form.get("capacity")))
                    .findFirst()
                    .orElse(null);
            Organisation saved = organisations.update(
                    me,
                    code,
                    new Organisations.Entry(
                            form.get("name"),
                            form.get("description"),
                            chosen,
                            form.get("groupsServed"),
                            "yes".equals(form.get("national")),
                            List.of(form.getOrDefault("areas", "")),
                            List.of(form.getOrDefault("languages", "")),
                            "yes".equals(form.get("easyRead")),
                            "yes".equals(form.get("bsl")),
                            "yes".equals(form.get("textRelay")),
                            form.get("openingHours"),
                            form.get("phone"),
                            form.get("email"),
                            form.get("website"),
                            form.get("howToRefer"),
                            capacity,
                            days,
                            "yes".equals(form.get("active"))));
            redirect.addFlashAttribute(
                    "success",
                    organisation.active() && !saved.active()
                            ? saved.name()
                                    + " is switched off. Its live referrals were closed, and their officers are asked on My work to refer "
                                    + "the victims elsewhere."
                            : "The directory entry for " + saved.name() + " is saved.");
            return me.hasRole(Role.ADMINISTRATOR) ? "redirect:/organisations" : "redirect:/partner";
        } catch (InvalidInput invalid) {
            return form(organisation, form, FormErrors.of(invalid), model);
        }
    }

    private String form(Organisation organisation, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("strands", strands.active());
        model.addAttribute("capacities", Organisation.Capacity.values());
        model.addAttribute("administrator", CurrentStaff.require().hasRole(Role.ADMINISTRATOR));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/organisation-edit";
    }

    private static Map<String, String> formOf(Organisation o) {
        Map<String, String> form = new HashMap<>();
        form.put("name", o.name());
        form.put("description", o.description());
        o.strands().forEach(s -> form.put("strand." + s, "yes"));
        form.put("groupsServed", o.groupsServed());
        form.put("national", o.national() ? "yes" : "");
        form.put("areas", String.join(", ", o.areas()));
        form.put("languages", String.join(", ", o.languages()));
        form.put("easyRead", o.easyRead() ? "yes" : "");
        form.put("bsl", o.bsl() ? "yes" : "");
        form.put("textRelay", o.textRelay() ? "yes" : "");
        form.put("openingHours", o.openingHours());
        form.put("phone", o.phone());
        form.put("email", o.email());
        form.put("website", o.website());
        form.put("howToRefer", o.howToRefer());
        form.put("capacity", o.capacity().name());
        form.put("responseDays", Integer.toString(o.responseDays()));
        form.put("active", o.active() ? "yes" : "");
        return form;
    }
}
