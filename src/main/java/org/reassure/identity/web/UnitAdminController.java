package org.reassure.identity.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.Unit;
import org.reassure.identity.UnitKind;
import org.reassure.identity.Units;
import org.reassure.platform.Choice;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/** Administrators list the units and add one (post/redirect/get). */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UnitAdminController {

    /** The unit page's form, as typed: a code, a name and the code of the unit it belongs to (empty for a force). */
    record UnitForm(String code, String name, String parent) {

        static UnitForm empty() {
            return new UnitForm("", "", "");
        }
    }

    private final Units units;

    UnitAdminController(Units units) {
        this.units = units;
    }

    @GetMapping
    String units(Model model) {
        model.addAttribute("units", units.all());
        return "admin/units";
    }

    @GetMapping("/new")
    String newUnit(Model model) {
        return form(model, UnitForm.empty(), FormErrors.none());
    }

    @PostMapping("/new")
    @Audited(action = AuditAction.COLLECTION, record = "unit")
    String createUnit(UnitForm form, Model model, RedirectAttributes redirect) {
        try {
            Unit unit = units.create(form.code(), form.name(), form.parent());
            redirect.addFlashAttribute("success", Message.of(createdKey(unit.kind()), unit.code(), unit.name()));
            return "redirect:/admin/units";
        } catch (InvalidInput invalid) {
            return form(model, form, FormErrors.of(invalid));
        }
    }

    private String form(Model model, UnitForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("parents", choices(units.all()));
        return "admin/unit-new";
    }

    /** "Unit HNS (Hounslow) created as a borough": a sentence for each kind, as each language says it. */
    private static String createdKey(UnitKind kind) {
        return switch (kind) {
            case FORCE -> "identity.unit.createdForce";
            case BOROUGH -> "identity.unit.createdBorough";
            case TEAM -> "identity.unit.createdTeam";
        };
    }

    /** Units to choose from, by name and code. */
    static List<Choice> choices(List<Unit> units) {
        return units.stream()
                .map(unit -> Choice.data(unit.code(), unit.name() + " (" + unit.code() + ")"))
                .toList();
    }
}
