package org.reassure.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;

/** Administrators read and publish the Victims' Code rule sets, and keep the bank holiday calendar. */
@Controller
@RequestMapping("/admin/care-rules")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CareRulesAdminController {

    private final CareRules rules;
    private final WorkingDays workingDays;
    private final java.time.Clock clock;

    CareRulesAdminController(CareRules rules, WorkingDays workingDays, java.time.Clock clock) {
        this.rules = rules;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, FormErrors.none(), Map.of());
    }

    @GetMapping("/new")
    String newSet(Model model) {
        RuleSet latest = rules.all().get(0);
        Map<String, String> form = new LinkedHashMap<>();
        latest.rules().values().forEach(rule -> {
            form.put("amount-" + rule.code(), String.valueOf(rule.amount()));
            form.put("unit-" + rule.code(), rule.unit().name());
        });
        return form(model, form, FormErrors.none());
    }

    @PostMapping("/new")
    @Audited(action = AuditAction.ALTERATION, record = "care-rule-set")
    String publish(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate from = DateFields.read(form, "from", true, errors);
        LocalDate to = DateFields.read(form, "to", false, errors);
        Map<String, Rule> drafted = new LinkedHashMap<>();
        RuleCodes.ALL.keySet().forEach(code -> {
            try {
                int amount =
                        Integer.parseInt(form.getOrDefault("amount-" + code, "").trim());
                drafted.put(code, new Rule(code, amount, RuleUnit.valueOf(form.getOrDefault("unit-" + code, ""))));
            } catch (IllegalArgumentException notANumber) {
                errors.add(
                        code,
                        "Enter a limit from 1 to 1000 for "
                                + RuleCodes.ALL.get(code).toLowerCase());
            }
        });
        CareRules.RuleSetDraft draft = new CareRules.RuleSetDraft(from, to, form.get("description"), drafted);
        try {
            rules.problems(draft).all().forEach(error -> errors.add(error.field(), error.message()));
            errors.throwIfAny();
            RuleSet published = rules.publish(CurrentStaff.require(), draft);
            redirect.addFlashAttribute(
                    "success",
                    "Rule set " + published.version() + " published. It comes into force on "
                            + published.effectiveFrom() + ".");
            return "redirect:/admin/care-rules";
        } catch (InvalidInput invalid) {
            return form(model, form, FormErrors.of(invalid));
        }
    }

    @PostMapping("/bank-holidays")
    @Audited(action = AuditAction.ALTERATION, record = "bank-holiday")
    String addBankHoliday(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate day = DateFields.read(form, "day", true, errors);
        try {
            errors.throwIfAny();
            workingDays.addBankHoliday(
                    day, form.get("name"), CurrentStaff.require().getUsername());
            redirect.addFlashAttribute(
                    "success", "Bank holiday added: " + form.get("name").strip() + " on " + day + ".");
            return "redirect:/admin/care-rules";
        } catch (InvalidInput invalid) {
            return listPage(model, FormErrors.of(invalid), form);
        }
    }

    private String listPage(Model model, FormErrors errors, Map<String, String> form) {
        LocalDate today = clock.instant().atZone(Formats.UK).toLocalDate();
        model.addAttribute("sets", rules.all());
        model.addAttribute("meanings", RuleCodes.ALL);
        model.addAttribute("holidays", workingDays.between(today, today.plusYears(1)));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "care/rules";
    }

    private String form(Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("meanings", RuleCodes.ALL);
        model.addAttribute("units", RuleUnit.values());
        model.addAttribute("latest", rules.all().get(0));
        return "care/rules-new";
    }
}
