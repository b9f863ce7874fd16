package org.reassure.care.web;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.care.ContactChannel;
import org.reassure.care.TaskKind;
import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.ContactAgreement;
import org.reassure.care.internal.ContactAgreements;
import org.reassure.care.internal.NeedsAssessment;
import org.reassure.care.internal.NeedsAssessments;
import org.reassure.care.internal.RiskLevel;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
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
        NeedsAssessment last =
                assessments.history(me, reference).stream().findFirst().orElse(null);
        ContactAgreement agreed =
                agreements.current(cases.header(me, reference).reference()).orElse(null);
        return assessmentForm(reference, NeedsAssessmentForm.of(last, agreed), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/needs-assessment")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String assess(@PathVariable String reference, NeedsAssessmentForm form, Model model, RedirectAttributes redirect) {
        try {
            NeedsAssessment saved = assessments.assess(CurrentStaff.require(), reference, form.validated());
            redirect.addFlashAttribute(
                    "success",
                    Message.of(
                            saved.risk() == RiskLevel.HIGH
                                    ? "care.flash.assessmentSavedHighRisk"
                                    : "care.flash.assessmentSaved",
                            saved.version()));
            return "redirect:/cases/" + saved.caseReference() + "#care";
        } catch (InvalidInput invalid) {
            return assessmentForm(reference, form, FormErrors.of(invalid), model);
        }
    }

    @GetMapping("/cases/{reference}/contact-agreement")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String agreement(@PathVariable String reference, Model model) {
        ContactAgreement agreed = agreements
                .current(cases.header(CurrentStaff.require(), reference).reference())
                .orElse(null);
        return agreementForm(reference, ContactAgreementForm.of(agreed), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/contact-agreement")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String changeAgreement(
            @PathVariable String reference, ContactAgreementForm form, Model model, RedirectAttributes redirect) {
        try {
            ContactAgreement agreed = agreements.change(
                    CurrentStaff.require(), reference, form.chosenChannel(), form.days(), form.reason());
            redirect.addFlashAttribute("success", Message.of("care.flash.agreementChanged", agreed.describe()));
            return "redirect:/cases/" + agreed.caseReference() + "#care";
        } catch (InvalidInput invalid) {
            return agreementForm(reference, form, FormErrors.of(invalid), model);
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
                .orElseThrow(() -> new NotFound("care.problem.noReviewTask", id.toString()));
        tasks.complete(me, task.id(), Instant.now());
        redirect.addFlashAttribute("success", Message.of("care.flash.reviewRecorded"));
        return "redirect:/cases/" + task.caseReference() + "#care";
    }

    private String assessmentForm(String reference, NeedsAssessmentForm form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("channels", ContactChannel.values());
        return "care/needs-assessment";
    }

    private String agreementForm(String reference, ContactAgreementForm form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", ContactChannel.values());
        return "care/contact-agreement";
    }
}
