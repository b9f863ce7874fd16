package org.reassure.spikes;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/** The spike alerts pages: the list, one alert with its chart and table, the latest levels of an area, and an analyst's actions. */
@Controller
class SpikePagesController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SpikeAlerts alerts;

    SpikePagesController(SpikeAlerts alerts) {
        this.alerts = alerts;
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
        SpikeAlerts.AreaLevels levels;
        try {
            levels = alerts.levels(me, area);
        } catch (InvalidInput unknown) {
            errors = FormErrors.of(unknown);
            levels = alerts.levels(me, null);
        }
        model.addAttribute("areas", alerts.areasVisibleTo(me));
        model.addAttribute("levels", levels);
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
    String acknowledge(
            @PathVariable String id,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes redirect) {
        try {
            alerts.acknowledge(CurrentStaff.require(), number(id), note);
            redirect.addFlashAttribute(
                    "success", "Alert acknowledged. Your note is on the alert for everyone who sees it.");
            return "redirect:/spikes/" + number(id);
        } catch (InvalidInput invalid) {
            return page(id, note, FormErrors.of(invalid), model);
        } catch (ConflictingState already) {
            redirect.addFlashAttribute("problem", already.message());
            return "redirect:/spikes/" + number(id);
        }
    }

    @PostMapping("/spikes/check")
    @Audited(action = AuditAction.COMBINATION, record = "spike-check")
    String check(RedirectAttributes redirect) {
        SpikeChecks.Summary summary = alerts.checkNow(CurrentStaff.require());
        String days = summary.days() == 1
                ? DAY.format(summary.to())
                : DAY.format(summary.from()) + " to " + DAY.format(summary.to());
        redirect.addFlashAttribute(
                "success",
                "Checked " + summary.series() + " series for " + days + " (today so far). "
                        + (summary.raised() == 0
                                ? "No new alert."
                                : summary.raised() == 1 ? "1 new alert." : summary.raised() + " new alerts."));
        return "redirect:/spikes";
    }

    private String page(String id, String note, FormErrors errors, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        model.addAttribute("view", alerts.view(me, number(id)));
        model.addAttribute("analyst", me.hasRole(Role.ANALYST));
        model.addAttribute("note", note);
        model.addAttribute("oneIn", String.format(Locale.UK, "%,d", Math.round(1 / SpikeDetector.DEFAULT.alpha())));
        model.addAttribute("errors", errors);
        return "spikes/show";
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException notANumber) {
            throw new NotFound("There is no spike alert " + id + ".");
        }
    }
}
