package org.reassure.reporting.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.reporting.Reports;
import org.reassure.reporting.internal.MessageThreads;
import org.reassure.reporting.internal.ReportLookup;

/**
 * "Reports you have submitted": a third-party reporting centre sees the status of the reports it made and writes to
 * the officers on them, and nothing else. Any other reference is a 404, made or not, so a centre cannot learn which
 * references exist; every look is audited, refusals too.
 */
@Controller
class CentreReportsController {

    private final ReportLookup reports;
    private final MessageThreads threads;
    private final ReportPages pages;

    CentreReportsController(ReportLookup reports, MessageThreads threads, ReportPages pages) {
        this.reports = reports;
        this.threads = threads;
        this.pages = pages;
    }

    @GetMapping("/centre/reports")
    @Audited(action = AuditAction.CONSULTATION, record = "report-list")
    String list(Model model) {
        model.addAttribute("reports", reports.madeByCentre(centre().getUsername()));
        return "reporting/centre-reports";
    }

    @GetMapping("/centre/reports/{reference}")
    @Audited(action = AuditAction.CONSULTATION, record = "report", id = "reference")
    String show(@PathVariable String reference, Model model) {
        pages.status(reports.statusForCentre(centre().getUsername(), reference), FormErrors.none(), "", model);
        return "reporting/centre-report";
    }

    @PostMapping("/centre/reports/{reference}/messages")
    @Audited(action = AuditAction.COLLECTION, record = "report-message", id = "reference")
    String write(@PathVariable String reference, MessageForm form, Model model, RedirectAttributes redirect) {
        StaffPrincipal centre = centre();
        Reports.Status status = reports.statusForCentre(centre.getUsername(), reference);
        try {
            threads.fromReporter(status.reference(), centre.getUsername(), form.message());
        } catch (InvalidInput invalid) {
            pages.status(status, FormErrors.of(invalid), form.message(), model);
            return "reporting/centre-report";
        }
        redirect.addFlashAttribute("success", Message.of("message.sent.body"));
        return "redirect:/centre/reports/" + status.reference() + "#messages";
    }

    private static StaffPrincipal centre() {
        // Never shown: the refusal is the 403 page, and it is audited.
        return Origins.centre()
                .orElseThrow(() -> new AccessDeniedException("Only third-party reporting centres have reports here."));
    }
}
