package org.reassure.casework.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.CaseFlag;
import org.reassure.casework.CaseWork;
import org.reassure.casework.Cases;
import org.reassure.casework.Catalogues;
import org.reassure.casework.Strands;
import org.reassure.casework.internal.CaseRules;
import org.reassure.casework.internal.CaseworkProperties;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/**
 * The recording decision on a new report, and the supervisor's review of it. Each form posts, then redirects to the
 * case (post/redirect/get); a refused recording shows the form again with everything typed.
 */
@Controller
@RequestMapping("/cases")
class RecordingController {

    private final CaseWork caseWork;
    private final Cases cases;
    private final Catalogues catalogues;
    private final Strands strands;
    private final CaseworkProperties properties;

    RecordingController(
            CaseWork caseWork, Cases cases, Catalogues catalogues, Strands strands, CaseworkProperties properties) {
        this.caseWork = caseWork;
        this.cases = cases;
        this.catalogues = catalogues;
        this.strands = strands;
        this.properties = properties;
    }

    @GetMapping("/{reference}/recording")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String recordingForm(@PathVariable String reference, Model model) {
        return recordingPage(reference, RecordingForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/{reference}/recording")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String record(@PathVariable String reference, RecordingForm form, Model model, RedirectAttributes redirect) {
        try {
            caseWork.record(CurrentStaff.require(), reference, form.toDecision());
            redirect.addFlashAttribute("success", Message.of("casework.flash.recorded"));
            return "redirect:/cases/" + CaseRules.normalise(reference);
        } catch (InvalidInput invalid) {
            return recordingPage(reference, form, FormErrors.of(invalid), model);
        }
    }

    private String recordingPage(String reference, RecordingForm form, FormErrors errors, Model model) {
        model.addAttribute("case", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("offences", catalogues.offences());
        model.addAttribute("strands", strands.active());
        model.addAttribute("religions", strands.religionCategories());
        model.addAttribute("flags", CaseFlag.values());
        model.addAttribute("nchiEnabled", properties.nchiEnabled());
        return "cases/recording";
    }

    @PostMapping("/{reference}/review")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String review(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String verdict,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        try {
            if (!"approve".equals(verdict) && !"return".equals(verdict)) {
                throw new InvalidInput("verdict", "casework.problem.verdictMissing");
            }
            boolean approve = "approve".equals(verdict);
            caseWork.review(CurrentStaff.require(), reference, approve, comment);
            redirect.addFlashAttribute(
                    "success", Message.of(approve ? "casework.flash.approved" : "casework.flash.returned"));
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("reviewErrors", FormErrors.of(invalid));
            redirect.addFlashAttribute("reviewComment", comment);
        }
        return "redirect:/cases/" + CaseRules.normalise(reference);
    }
}
