package org.reassure.spikes.web;

import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.Choice;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.platform.NotFound;
import org.reassure.spikes.internal.SpikeAlerts;
import org.reassure.spikes.internal.SpikeChecks;
import org.reassure.spikes.internal.SpikeLevels;

/** The spike alerts pages: the list, one alert with its chart and table, the latest levels of an area, and an analyst's actions. */
@Controller
class SpikePagesController {

    private final SpikeAlerts alerts;
    private final SpikeLevels levels;
    private final AcknowledgeFormValidator validator;

    SpikePagesController(SpikeAlerts alerts, SpikeLevels levels, AcknowledgeFormValidator validator) {
        this.alerts = alerts;
        this.levels = levels;
        this.validator = validator;
    }

    @GetMapping("/spikes")
    @Audited(action = AuditAction.CONSULTATION, record = "spike-alerts")
    String list(Model model) {
        StaffPrincipal me = CurrentStaff.require();
        model.addAttribute("areas", alerts.areasVisibleTo(me));
        model.addAttribute("alerts", alerts.visibleTo(me));
        model.addAttribute("lastChecked", alerts.lastCheckedOn().orElse(null));
        model.addAttribute("analyst", me.hasRole(Role.ANALYST));
        return "spikes/list";
    }

    @GetMapping("/spikes/levels")
    @Audited(action = AuditAction.CONSULTATION, record = "spike-levels")
    String levels(@RequestParam(required = false) String area, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        FormErrors errors = new FormErrors();
        SpikeLevels.AreaLevels shown;
        try {
            shown = levels.levels(me, area);
        } catch (InvalidInput unknown) {
            errors = FormErrors.of(unknown);
            shown = levels.levels(me, null);
        }
        model.addAttribute(
                "areaChoices",
                alerts.areasVisibleTo(me).stream()
                        .map(a -> Choice.data(a.code(), a.name()))
                        .toList());
        model.addAttribute("levels", shown);
        model.addAttribute("errors", errors);
        return "spikes/levels";
    }

    @GetMapping("/spikes/{id}")
    @Audited(action = AuditAction.CONSULTATION, record = "spike-alert", id = "id")
    String show(@PathVariable String id, Model model) {
        return page(id, "", FormErrors.none(), model);
    }

    @PostMapping("/spikes/{id}/acknowledge")
    @Audited(action = AuditAction.ALTERATION, record = "spike-alert", id = "id")
    String acknowledge(@PathVariable String id, AcknowledgeForm form, Model model, RedirectAttributes redirect) {
        StaffPrincipal me = CurrentStaff.require();
        alerts.mayAcknowledge(me, number(id));
        FormErrors errors = validator.validate(form);
        if (errors.any()) {
            return page(id, form.note(), errors, model);
        }
        try {
            alerts.acknowledge(me, number(id), form.note());
            redirect.addFlashAttribute("success", Message.of("spikes.acknowledge.done"));
        } catch (ConflictingState already) {
            redirect.addFlashAttribute("problem", already.message());
        }
        return "redirect:/spikes/" + number(id);
    }

    @PostMapping("/spikes/check")
    @Audited(action = AuditAction.COMBINATION, record = "spike-check")
    String check(RedirectAttributes redirect) {
        SpikeChecks.Summary summary = alerts.checkNow(CurrentStaff.require());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale());
        Object days = summary.days() == 1
                ? day.format(summary.to())
                : Message.of("spikes.check.days", day.format(summary.from()), day.format(summary.to()));
        redirect.addFlashAttribute(
                "success", Message.of("spikes.check.done", summary.series(), days, summary.raised()));
        return "redirect:/spikes";
    }

    private String page(String id, String note, FormErrors errors, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        model.addAttribute("view", alerts.view(me, number(id)));
        model.addAttribute("analyst", me.hasRole(Role.ANALYST));
        model.addAttribute("note", note);
        model.addAttribute("oneIn", String.format("%,d", SpikeAlerts.chanceOneIn()));
        model.addAttribute("errors", errors);
        return "spikes/show";
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException notANumber) {
            throw new NotFound("spikes.alert.notFound");
        }
    }
}
