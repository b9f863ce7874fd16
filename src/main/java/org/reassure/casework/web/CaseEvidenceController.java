package org.reassure.casework.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.Cases;
import org.reassure.casework.internal.CaseEvidence;
import org.reassure.casework.internal.CaseRules;
import org.reassure.casework.internal.HowObtained;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/**
 * Evidence officers add to a case, and its download. A refused file or answer shows the form again with every other
 * answer kept; a download hands the file on, so it is audited as a disclosure.
 */
@Controller
@RequestMapping("/cases")
class CaseEvidenceController {

    private final CaseEvidence evidence;
    private final Cases cases;

    CaseEvidenceController(CaseEvidence evidence, Cases cases) {
        this.evidence = evidence;
        this.cases = cases;
    }

    @GetMapping("/{reference}/evidence/new")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String form(@PathVariable String reference, @RequestParam(required = false) String tooLarge, Model model) {
        // Sent back here by StaffUploadLimits: the file was far too large for the server to read the form.
        FormErrors errors = tooLarge == null
                ? FormErrors.none()
                : FormErrors.of(new InvalidInput("file", "uploads.problem.TOO_LARGE"));
        return page(reference, CaseEvidence.NewEvidence.blank(), errors, model);
    }

    @PostMapping("/{reference}/evidence/new")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String add(
            @PathVariable String reference,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String providedBy,
            @RequestParam(name = "obtainedOn-day", defaultValue = "") String day,
            @RequestParam(name = "obtainedOn-month", defaultValue = "") String month,
            @RequestParam(name = "obtainedOn-year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String howObtained,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        CaseEvidence.NewEvidence input =
                new CaseEvidence.NewEvidence(description, providedBy, day, month, year, howObtained);
        try {
            CaseEvidence.Item added = evidence.add(
                    CurrentStaff.require(),
                    reference,
                    input,
                    file == null ? "" : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
            redirect.addFlashAttribute(
                    "success",
                    Message.of(
                            added.scan().openable()
                                    ? "casework.flash.evidenceAdded"
                                    : "casework.flash.evidenceAddedHeld",
                            Message.verbatim(added.fileName())));
            return "redirect:/cases/" + CaseRules.normalise(reference) + "#evidence";
        } catch (InvalidInput invalid) {
            return page(reference, input, FormErrors.of(invalid), model);
        }
    }

    private String page(String reference, CaseEvidence.NewEvidence input, FormErrors errors, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        evidence.requireMayAdd(me, reference);
        model.addAttribute("case", cases.header(me, reference));
        model.addAttribute("evidence", input);
        model.addAttribute("errors", errors);
        model.addAttribute("ways", HowObtained.values());
        // A browser never keeps a chosen file when the page comes back: say so when only other answers were wrong.
        model.addAttribute("chooseAgain", errors.any() && !errors.has("file"));
        return "cases/evidence";
    }

    /** A file an officer added, as an attachment, never cached; refused while held for scanning or once infected. */
    @GetMapping("/{reference}/case-evidence/{file}")
    @Audited(action = AuditAction.DISCLOSURE, record = "case-evidence", id = "reference")
    ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable UUID file) {
        return attachment(evidence.open(CurrentStaff.require(), reference, file));
    }

    /** On the page and through the API. */
    static ResponseEntity<byte[]> attachment(CaseEvidence.File found) {
        return EvidenceController.attachment(
                found.item().fileName(), found.item().contentType(), found.content());
    }
}
