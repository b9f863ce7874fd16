package org.reassure.care;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/** The victim's needs assessment, the agreed update frequency and channel, and a supervisor's review of a high risk. */
@Controller
class CareNeedsController {

    private final NeedsAssessments assessments;
    private final ContactAgreements agreements;
    private final CareTasks tasks;
    private final Cases cases;

    CareNeedsController(NeedsAssessments assessments, ContactAgreements agreements, CareTasks tasks, Cases cases) {
        this.assessments = assessments;
        this.agreements = agreements;
        this.tasks = tasks;
        this.cases = cases;
    }

    @GetMapping("/cases/{reference}/needs-assessment")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String assessment(@PathVariable String reference, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        Map<String, String> form = new HashMap<>();
        assessments.history(me, reference).stream().findFirst().ifPresent(last -> {
            form.put("interpreterNeeded", last.interpreterNeeded() ? "yes" : "no");
            form.put("language", last.language());
            form.put("adjustments", last.adjustments());
            form.put("risk", last.risk().name());
            form.put("riskReasons", last.riskReasons());
            form.put(
                    "flags",
                    String.join(",", flags(last.vulnerable(), last.intimidated(), last.persistentlyTargeted())));
            form.put("supportWanted", last.supportWanted());
            form.put("safeTimes", last.safeTimes());
            form.put(
                    "refusedChannels",
                    String.join(
                            ",", last.refusedChannels().stream().map(Enum::name).toList()));
            form.put("noMessages", last.noMessages() ? "yes" : null);
        });
        agreements.current(cases.header(me, reference).reference()).ifPresent(agreed -> {
            form.put("preferredChannel", agreed.channel().name());
            form.put("updateEveryDays", String.valueOf(agreed.everyDays()));
        });
        return assessmentForm(reference, form, FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/needs-assessment")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String assess(
            @PathVariable String reference,
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = new HashMap<>();
        posted.forEach((name, values) -> form.put(name, String.join(",", values)));
        FormErrors errors = new FormErrors();
        Integer everyDays = number(form.get("updateEveryDays"), "updateEveryDays", errors);
        Set<String> flags = Set.copyOf(posted.getOrDefault("flags", List.of()));
        Set<ContactChannel> refused = EnumSet.noneOf(ContactChannel.class);
        posted.getOrDefault("refusedChannels", List.of()).stream()
                .map(value -> option(ContactChannel.class, value))
                .filter(java.util.Objects::nonNull)
                .forEach(refused::add);
        String interpreter = form.get("interpreterNeeded");
        NeedsAssessment.Draft draft = new NeedsAssessment.Draft(
                "yes".equals(interpreter) ? Boolean.TRUE : "no".equals(interpreter) ? Boolean.FALSE : null,
                form.get("language"),
                form.get("adjustments"),
                option(RiskLevel.class, form.get("risk")),
                form.get("riskReasons"),
                flags.contains("VULNERABLE"),
                flags.contains("INTIMIDATED"),
                flags.contains("PERSISTENTLY_TARGETED"),
                form.get("supportWanted"),
                option(ContactChannel.class, form.get("preferredChannel")),
                errors.has("updateEveryDays") ? Integer.valueOf(1) : everyDays,
                form.get("safeTimes"),
                refused,
                "yes".equals(form.get("noMessages")));
        try {
            FormErrors all = NeedsAssessments.problems(draft);
            errors.all().stream().filter(e -> !all.has(e.field())).forEach(e -> all.add(e.field(), e.message()));
            all.throwIfAny();
            NeedsAssessment saved = assessments.assess(CurrentStaff.require(), reference, draft);
            redirect.addFlashAttribute(
                    "success",
                    "Needs assessment version " + saved.version() + " saved."
                            + (saved.risk() == RiskLevel.HIGH
                                    ? " The risk is high: the unit's supervisors are asked to review it."
                                    : ""));
            return "redirect:/cases/" + saved.caseReference() + "#care";
        } catch (InvalidInput invalid) {
            return assessmentForm(reference, form, FormErrors.of(invalid), model);
        }
    }

    @GetMapping("/cases/{reference}/contact-agreement")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String agreement(@PathVariable String reference, Model model) {
        Map<String, String> form = new HashMap<>();
        agreements
                .current(cases.header(CurrentStaff.require(), reference).reference())
                .ifPresent(agreed -> {
                    form.put("channel", agreed.channel().name());
                    form.put("everyDays", String.valueOf(agreed.everyDays()));
                });
        return agreementForm(reference, form, FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/contact-agreement")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String changeAgreement(
            @PathVariable String reference,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Integer everyDays = number(form.get("everyDays"), "everyDays", errors);
        try {
            errors.throwIfAny();
            ContactAgreement agreed = agreements.change(
                    CurrentStaff.require(),
                    reference,
                    option(ContactChannel.class, form.get("channel")),
                    everyDays,
                    form.get("reason"));
            redirect.addFlashAttribute(
                    "success", "Agreement changed: " + agreed.describe() + ". The next regular update follows it.");
            return "redirect:/cases/" + agreed.caseReference() + "#care";
        } catch (InvalidInput invalid) {
            FormErrors all = FormErrors.of(invalid);
            errors.all().stream().filter(e -> !all.has(e.field())).forEach(e -> all.add(e.field(), e.message()));
            return agreementForm(reference, form, all, model);
        }
    }

    /** A supervisor records that they reviewed a high-risk assessment: the review task is done. */
    @PostMapping("/cases/{reference}/care-tasks/{id}/review")
    @Audited(action = AuditAction.ALTERATION, record = "care-task", id = "id")
    String review(@PathVariable String reference, @PathVariable UUID id, RedirectAttributes redirect) {
        StaffPrincipal me = CurrentStaff.require();
        if (!me.hasRole(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only supervisors review high-risk assessments.");
        }
        CareTask task = tasks.find(id)
                .filter(t ->
                        t.caseReference().equalsIgnoreCase(reference.trim()) && t.kind() == TaskKind.SUPERVISOR_REVIEW)
                .orElseThrow(() -> new NotFound("There is no review task " + id + " on this case."));
        tasks.complete(me, task.id(), Instant.now());
        redirect.addFlashAttribute("success", "Review recorded.");
        return "redirect:/cases/" + task.caseReference() + "#care";
    }

    private String assessmentForm(String reference, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("channels", ContactChannel.values());
        return "care/needs-assessment";
    }

    private String agreementForm(String reference, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", ContactChannel.values());
        return "care/contact-agreement";
    }

    private static List<String> flags(boolean vulnerable, boolean intimidated, boolean persistentlyTargeted) {
        List<String> flags = new java.util.ArrayList<>();
        if (vulnerable) {
            flags.add("VULNERABLE");
        }
        if (intimidated) {
            flags.add("INTIMIDATED");
        }
        if (persistentlyTargeted) {
            flags.add("PERSISTENTLY_TARGETED");
        }
        return flags;
    }

    private static Integer number(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            errors.add(field, "Enter how often the victim wants an update as a whole number of days, like 14");
            return null;
        }
    }

    static <E extends Enum<E>> E option(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
