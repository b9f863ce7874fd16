package org.reassure.referrals.web;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.Strands;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.Choice;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.referrals.internal.DirectoryEditor;
import org.reassure.referrals.internal.Organisation;
import org.reassure.referrals.internal.Organisations;

/** Keeping the directory current: administrators edit any entry, a support organisation's users their own. */
@Controller
class OrganisationsController {

    private static final List<Choice> ACCESSIBILITY = List.of(
            Choice.of(OrganisationForm.EASY_READ, "referrals.entry.easyRead"),
            Choice.of(OrganisationForm.BSL, "referrals.entry.bsl"),
            Choice.of(OrganisationForm.TEXT_RELAY, "referrals.entry.textRelay"));

    private final Organisations organisations;
    private final DirectoryEditor editor;
    private final Strands strands;

    OrganisationsController(Organisations organisations, DirectoryEditor editor, Strands strands) {
        this.organisations = organisations;
        this.editor = editor;
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
        editor.requireEditor(CurrentStaff.require(), organisation);
        return form(organisation, OrganisationForm.of(organisation), FormErrors.none(), model);
    }

    @PostMapping("/organisations/{code}/edit")
    @Audited(action = AuditAction.ALTERATION, record = "support-organisation", id = "code")
    String save(@PathVariable String code, OrganisationForm form, Model model, RedirectAttributes redirect) {
        Organisation organisation = organisations.get(code);
        StaffPrincipal me = CurrentStaff.require();
        editor.requireEditor(me, organisation);
        try {
            Organisation saved = editor.update(me, code, form.toEntry());
            redirect.addFlashAttribute(
                    "success",
                    Message.of(
                            organisation.active() && !saved.active()
                                    ? "referrals.flash.switchedOff"
                                    : "referrals.flash.entrySaved",
                            saved.name()));
            return me.hasRole(Role.ADMINISTRATOR) ? "redirect:/organisations" : "redirect:/partner";
        } catch (InvalidInput invalid) {
            return form(organisation, form, FormErrors.of(invalid), model);
        }
    }

    private String form(Organisation organisation, OrganisationForm form, FormErrors errors, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "strands",
                strands.active().stream()
                        .map(s -> Choice.data(s.code(), s.name()))
                        .toList());
        model.addAttribute("accessibility", ACCESSIBILITY);
        model.addAttribute("capacities", Organisation.Capacity.values());
        model.addAttribute("national", List.of(Choice.of("yes", "referrals.entry.national")));
        model.addAttribute(
                "active", List.of(Choice.of("yes", "referrals.entry.active").withHint("referrals.entry.activeHint")));
        model.addAttribute("administrator", CurrentStaff.require().hasRole(Role.ADMINISTRATOR));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/organisation-edit";
    }
}
