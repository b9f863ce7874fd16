package org.reassure.care.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.care.CareRules;
import org.reassure.care.RuleSet;
import org.reassure.care.RuleUnit;
import org.reassure.care.WorkingDays;
import org.reassure.care.internal.RuleCodes;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/** Administrators read and publish the Victims' Code rule sets, and keep the bank holiday calendar. */
@Controller
@RequestMapping("/admin/care-rules")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CareRulesAdminController {

    private final CareRules rules;
    private final WorkingDays workingDays;
    private final Clock clock;

    CareRulesAdminController(CareRules rules, WorkingDays workingDays, Clock clock) {
        this.rules = rules;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, FormErrors.none(), BankHolidayForm.empty());
    }

    @GetMapping("/new")
    String newSet(Model model) {
        return form(model, RuleSetForm.startingFrom(rules.all().get(0)), FormErrors.none());
    }

    @PostMapping("/new")
    @Audited(action = AuditAction.ALTERATION, record = "care-rule-set")
    String publish(WebRequest request, Model model, RedirectAttributes redirect) {
        RuleSetForm form = RuleSetForm.posted(request);
        FormErrors errors = new FormErrors();
        CareRules.RuleSetDraft draft = form.toDraft(errors);
        try {
            rules.problems(draft).all().forEach(error -> errors.add(error.field(), error.message()));
            errors.throwIfAny();
            RuleSet published = rules.publish(CurrentStaff.require(), draft);
            redirect.addFlashAttribute(
                    "success",
                    Message.of(
                            "care.flash.ruleSetPublished",
                            published.version(),
                            published.effectiveFrom().toString()));
            return "redirect:/admin/care-rules";
        } catch (InvalidInput invalid) {
            return form(model, form, FormErrors.of(invalid));
        }
    }

    @PostMapping("/bank-holidays")
    @Audited(action = AuditAction.ALTERATION, record = "bank-holiday")
    String addBankHoliday(BankHolidayForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate day = form.day(errors);
        try {
            errors.throwIfAny();
            workingDays.addBankHoliday(day, form.name(), CurrentStaff.require().getUsername());
            redirect.addFlashAttribute(
                    "success",
                    Message.of("care.flash.bankHolidayAdded", form.name().strip(), day.toString()));
            return "redirect:/admin/care-rules";
        } catch (InvalidInput invalid) {
            return listPage(model, FormErrors.of(invalid), form);
        }
    }

    private String listPage(Model model, FormErrors errors, BankHolidayForm form) {
        LocalDate today = clock.instant().atZone(Formats.UK).toLocalDate();
        model.addAttribute("sets", rules.all());
        model.addAttribute("meanings", RuleCodes.ALL);
        model.addAttribute("holidays", workingDays.between(today, today.plusYears(1)));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "care/rules";
    }

    private String form(Model model, RuleSetForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("meanings", RuleCodes.ALL);
        model.addAttribute("units", RuleUnit.values());
        model.addAttribute("onOff", RuleSetForm.ON_OFF);
        model.addAttribute("latest", rules.all().get(0));
        return "care/rules-new";
    }
}
