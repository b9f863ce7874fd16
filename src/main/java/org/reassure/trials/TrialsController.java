package org.reassure.trials;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.Channel;
import org.reassure.casework.Strands;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;

/** The trial pages: analysts register, start, change and stop trials; analysts and supervisors read them and their results. */
@Controller
@RequestMapping("/trials")
@PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
class TrialsController {

    private final Trials trials;
    private final Enrolments enrolments;
    private final TrialResults results;
    private final Strands strands;
    private final Units units;

    TrialsController(Trials trials, Enrolments enrolments, TrialResults results, Strands strands, Units units) {
        this.trials = trials;
        this.enrolments = enrolments;
        this.results = results;
        this.strands = strands;
        this.units = units;
    }

    @GetMapping
    @Audited(action = AuditAction.CONSULTATION, record = "trial")
    String list(Model model) {
        model.addAttribute("trials", trials.all(CurrentStaff.require()));
        model.addAttribute("analyst", CurrentStaff.require().hasRole(Role.ANALYST));
        return "trials/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ANALYST')")
    String newTrial(Model model) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("controlRatio", "1");
        form.add("treatmentRatio", "1");
        form.add("followUpDays", "90");
        form.add("significance", "0.05");
        form.add("stratifyUnit", "true");
        form.add("stratifyStrand", "true");
        form.add("positiveOutcome", "true");
        return form(model, form, FormErrors.none(), null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ANALYST')")
    @Audited(action = AuditAction.COLLECTION, record = "trial")
    String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            Trial trial = trials.create(CurrentStaff.require(), form);
            redirect.addFlashAttribute(
                    "success", "Trial registered as a draft. Check the plan, then start it to begin enrolling cases.");
            return "redirect:/trials/" + trial.id();
        } catch (InvalidInput invalid) {
            return form(model, form, FormErrors.of(invalid), null);
        }
    }

    @GetMapping("/{id}")
    @Audited(action = AuditAction.CONSULTATION, record = "trial", id = "id")
    String show(@PathVariable long id, Model model) {
        Trial trial = trials.get(CurrentStaff.require(), id);
        model.addAttribute("trial", trial);
        model.addAttribute("changes", trials.changes(CurrentStaff.require(), id));
        model.addAttribute("screening", enrolments.screening(id));
        model.addAttribute("analyst", CurrentStaff.require().hasRole(Role.ANALYST));
        model.addAttribute("errors", FormErrors.none());
        return "trials/show";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ANALYST')")
    String edit(@PathVariable long id, Model model) {
        Trial trial = trials.get(CurrentStaff.require(), id);
        return form(model, TrialPlan.formOf(trial), FormErrors.none(), trial);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('ANALYST')")
    @Audited(action = AuditAction.ALTERATION, record = "trial", id = "id")
    String change(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Trial trial = trials.get(CurrentStaff.require(), id);
        try {
            trials.change(CurrentStaff.require(), id, form, form.getFirst("reason"));
            redirect.addFlashAttribute(
                    "success",
                    trial.locked()
                            ? "Plan changed. The change and its reason are recorded and shown with the results."
                            : "Plan saved.");
            return "redirect:/trials/" + id;
        } catch (InvalidInput invalid) {
            return form(model, form, FormErrors.of(invalid), trial);
        }
    }

    @PostMapping("/{id}/start")
    @PreAuthorize("hasRole('ANALYST')")
    @Audited(action = AuditAction.ALTERATION, record = "trial", id = "id")
    String start(@PathVariable long id, RedirectAttributes redirect) {
        Trial trial = trials.start(CurrentStaff.require(), id);
        redirect.addFlashAttribute(
                "success", "Trial started. Eligible cases are enrolled as they are recorded; the plan is now locked.");
        return "redirect:/trials/" + trial.id();
    }

    @PostMapping("/{id}/stop")
    @PreAuthorize("hasRole('ANALYST')")
    @Audited(action = AuditAction.ALTERATION, record = "trial", id = "id")
    String stop(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            trials.stop(CurrentStaff.require(), id, reason);
            redirect.addFlashAttribute(
                    "success", "Enrolment stopped. Enrolled cases are still followed up and analysed.");
            return "redirect:/trials/" + id;
        } catch (InvalidInput invalid) {
            show(id, model);
            model.addAttribute("errors", FormErrors.of(invalid));
            return "trials/show";
        }
    }

    @GetMapping("/{id}/enrolments")
    @Audited(action = AuditAction.CONSULTATION, record = "trial-enrolments", id = "id")
    String enrolled(@PathVariable long id, Model model) {
        model.addAttribute("trial", trials.get(CurrentStaff.require(), id));
        model.addAttribute("enrolments", enrolments.forTrial(CurrentStaff.require(), id));
        return "trials/enrolments";
    }

    @GetMapping("/{id}/results")
    @Audited(action = AuditAction.CONSULTATION, record = "trial-results", id = "id")
    String results(@PathVariable long id, Model model) {
        TrialResults.Results shown = results.of(CurrentStaff.require(), id);
        model.addAttribute("r", shown);
        model.addAttribute("methods", TrialResults.methods());
        if (shown.analysis() != null) {
            model.addAttribute(
                    "plot",
                    KaplanMeierPlot.of(
                            shown.analysis().control(),
                            shown.analysis().treatment(),
                            shown.trial().followUpDays()));
        }
        return "trials/results";
    }

    @GetMapping("/{id}/analysis.csv")
    @Audited(action = AuditAction.DISCLOSURE, record = "trial-analysis-data", id = "id")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        TrialResults.Results shown = results.of(CurrentStaff.require(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trial-" + id + "-analysis.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(TrialResults.csv(shown.cases()).getBytes(StandardCharsets.UTF_8));
    }

    private String form(Model model, MultiValueMap<String, String> form, FormErrors errors, Trial trial) {
        model.addAttribute("form", form);
        model.addAttribute("single", form.toSingleValueMap());
        model.addAttribute("errors", errors);
        model.addAttribute("trial", trial);
        Map<String, String> strandOptions = new LinkedHashMap<>();
        strands.active().forEach(strand -> strandOptions.put(strand.code(), strand.name()));
        Map<String, String> unitOptions = new LinkedHashMap<>();
        units.all().forEach(unit -> unitOptions.put(unit.code(), unit.name() + " (" + unit.code() + ")"));
        Map<String, String> channelOptions = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            channelOptions.put(channel.name(), channel.label());
        }
        model.addAttribute("strandOptions", strandOptions);
        model.addAttribute("unitOptions", unitOptions);
        model.addAttribute("channelOptions", channelOptions);
        model.addAttribute("power", power(form));
        return "trials/form";
    }

    /** The power calculation for what the form says, when it can be worked out (shown beside the target size). */
    static String power(MultiValueMap<String, String> form) {
        try {
            double control = Double.parseDouble(form.getFirst("controlRisk").trim()) / 100;
            double hoped = Double.parseDouble(form.getFirst("hopedRisk").trim()) / 100;
            double significance =
                    Double.parseDouble(form.getFirst("significance").trim());
            int target = Integer.parseInt(form.getFirst("targetSize").trim());
            int controlRatio = Integer.parseInt(form.getFirst("controlRatio").trim());
            int treatmentRatio =
                    Integer.parseInt(form.getFirst("treatmentRatio").trim());
            double controlCases = (double) target * controlRatio / (controlRatio + treatmentRatio);
            double treatmentCases = target - controlCases;
            double power = org.reassure.trials.statistics.TwoProportionsPower.power(
                    controlCases, treatmentCases, control, hoped, significance);
            long needed = (controlRatio + treatmentRatio)
                    * org.reassure.trials.statistics.TwoProportionsPower.blocksFor(
                            controlRatio, treatmentRatio, control, hoped, significance, 0.8);
            return String.format(
                    java.util.Locale.UK,
                    "With %d cases (about %.0f with usual care and %.0f with SRC), the trial has %.0f%% power "
                            + "to detect a change in the withdrawal risk from %s%% to %s%% at the %s significance level (two-sided). 80%% power "
                            + "needs %d cases in all.",
                    target,
                    controlCases,
                    treatmentCases,
                    power * 100,
                    form.getFirst("controlRisk").trim(),
                    form.getFirst("hopedRisk").trim(),
                    form.getFirst("significance").trim(),
                    needed);
        } catch (RuntimeException incomplete) {
            return null;
        }
    }
}
