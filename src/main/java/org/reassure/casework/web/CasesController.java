package org.reassure.casework.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.CaseDetail;
import org.reassure.casework.CaseFilter;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.casework.People;
import org.reassure.casework.Strands;
import org.reassure.casework.internal.CaseNotes;
import org.reassure.casework.internal.CaseRules;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;
import org.reassure.platform.JustificationRequired;
import org.reassure.reporting.ReportEvidence;
import org.reassure.reporting.ReportMessages;
import org.reassure.reporting.Reports;

/** The case list and the case summary page. Every view is audited as a consultation. */
@Controller
@RequestMapping("/cases")
class CasesController {

    private final Cases cases;
    private final Strands strands;
    private final Units units;
    private final People people;
    private final CaseNotes notes;
    private final ReportEvidence evidence;
    private final ReportMessages reportMessages;
    private final Reports reports;

    CasesController(
            Cases cases,
            Strands strands,
            Units units,
            People people,
            CaseNotes notes,
            ReportEvidence evidence,
            ReportMessages reportMessages,
            @Lazy Reports reports) {
        this.reports = reports;
        this.evidence = evidence;
        this.reportMessages = reportMessages;
        this.people = people;
        this.notes = notes;
        this.cases = cases;
        this.strands = strands;
        this.units = units;
    }

    @GetMapping
    @Audited(action = AuditAction.CONSULTATION, record = "case-list")
    String list(CaseListForm form, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        FormErrors errors = new FormErrors();
        CaseFilter filter = form.filter(errors);
        var result = cases.visibleTo(me, filter, form.pageOrFirst());
        model.addAttribute("result", result);
        model.addAttribute(
                "newMessages",
                reportMessages.withUnreadFromReporter(
                        result.cases().stream().map(c -> c.reference()).toList()));
        model.addAttribute("errors", errors);
        model.addAttribute("q", filter.text());
        model.addAttribute("from", CaseListForm.blankToNull(form.from()));
        model.addAttribute("to", CaseListForm.blankToNull(form.to()));
        model.addAttribute("status", filter.status());
        model.addAttribute("unit", filter.unitCode());
        model.addAttribute("strand", filter.strand());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("strands", strands.active());
        model.addAttribute(
                "units",
                units.all().stream()
                        .filter(u -> units.visibleTo(me).contains(u.id()))
                        .toList());
        model.addAttribute("now", Instant.now());
        return "cases/list";
    }

    @GetMapping("/{reference}")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String show(@PathVariable String reference, Model model) {
        return page(reference, null, model);
    }

    /** A restricted case, opened with the reason for looking (posted, so the reason never sits in a URL). */
    @PostMapping("/{reference}")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String showRestricted(
            @PathVariable String reference, @RequestParam(defaultValue = "") String justification, Model model) {
        return page(reference, justification, model);
    }

    private String page(String reference, String justification, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        CaseDetail detail = cases.view(me, reference, justification);
        model.addAttribute("case", detail);
        model.addAttribute("actions", CaseActions.of(detail, me));
        model.addAttribute("people", people.onCase(detail.reference()));
        model.addAttribute("matches", people.matchesOn(detail.reference()));
        model.addAttribute("notes", notes.on(detail.reference()));
        model.addAttribute("evidence", evidence.of(detail.reference()));
        model.addAttribute("canMessage", reportMessages.available(detail.reference()));
        model.addAttribute("centre", reports.centreOf(detail.reference()).orElse(null));
        model.addAttribute("canReply", CaseRules.writesOnCases(me));
        model.addAttribute("reporterMessages", notes.messagesWithReporter(me, detail.reference()));
        model.addAttribute("links", notes.links(detail.reference()));
        FormErrors pageErrors = FormErrors.none();
        for (String form : new String[] {"messageErrors", "noteErrors", "linkErrors", "reviewErrors", "reopenErrors"}) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, FormErrors.none());
            }
            FormErrors errors = (FormErrors) model.getAttribute(form);
            errors.all().forEach(error -> pageErrors.add(error.field(), error.message()));
        }
        model.addAttribute("pageErrors", pageErrors);
        return "cases/show";
    }

    @ExceptionHandler(JustificationRequired.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String justify(JustificationRequired required, HttpServletRequest request, Model model) {
        String path = request.getRequestURI();
        model.addAttribute("reference", path.substring(path.lastIndexOf('/') + 1));
        model.addAttribute("asked", "POST".equals(request.getMethod()));
        return "cases/justify";
    }
}
