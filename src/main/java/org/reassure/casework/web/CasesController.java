package org.reassure.casework.web;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.springframework.web.servlet.HandlerMapping;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.CaseDetail;
import org.reassure.casework.CaseFilter;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.casework.People;
import org.reassure.casework.Strands;
import org.reassure.casework.internal.CaseEvidence;
import org.reassure.casework.internal.CaseNotes;
import org.reassure.casework.internal.CaseRules;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;
import org.reassure.platform.JustificationRequired;
import org.reassure.reporting.ReportAnswers;
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
    private final CaseEvidence officerEvidence;

    CasesController(
            Cases cases,
            Strands strands,
            Units units,
            People people,
            CaseNotes notes,
            ReportEvidence evidence,
            ReportMessages reportMessages,
            @Lazy Reports reports,
            CaseEvidence officerEvidence) {
        this.reports = reports;
        this.officerEvidence = officerEvidence;
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
        CaseFilter filter = form.filter(
                errors,
                units.all().stream().map(Unit::code).collect(Collectors.toSet()),
                strands.active().stream().map(Strands.StrandInfo::code).collect(Collectors.toSet()));
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
        // What was typed stays in the form, even when it is not one of the choices.
        model.addAttribute("status", CaseListForm.blankToNull(form.status()));
        model.addAttribute("unit", CaseListForm.blankToNull(form.unit()));
        model.addAttribute("strand", CaseListForm.blankToNull(form.strand()));
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
        model.addAttribute("officerEvidence", officerEvidence.on(detail.reference()));
        model.addAttribute("canMessage", reportMessages.available(detail.reference()));
        model.addAttribute("centre", reports.centreOf(detail.reference()).orElse(null));
        model.addAttribute("canReply", CaseRules.writesOnCases(me));
        model.addAttribute("reporterMessages", notes.messagesWithReporter(me, detail.reference()));
        model.addAttribute("links", notes.links(detail.reference()));
        addReportAnswers(detail.reference(), model);
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

    /**
     * The printed case summary, for a handover or the case file: the case, every answer of the report, the people
     * and the history, with no navigation. Printing hands the case's data on, so it is audited as a disclosure.
     */
    @GetMapping("/{reference}/print")
    @Audited(action = AuditAction.DISCLOSURE, record = "case", id = "reference")
    String print(@PathVariable String reference, Model model) {
        return printPage(reference, null, model);
    }

    /** The printed summary of a restricted case, with the reason for looking. */
    @PostMapping("/{reference}/print")
    @Audited(action = AuditAction.DISCLOSURE, record = "case", id = "reference")
    String printRestricted(
            @PathVariable String reference, @RequestParam(defaultValue = "") String justification, Model model) {
        return printPage(reference, justification, model);
    }

    private String printPage(String reference, String justification, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        CaseDetail detail = cases.view(me, reference, justification);
        model.addAttribute("case", detail);
        model.addAttribute("people", people.onCase(detail.reference()));
        model.addAttribute("printedBy", me.displayName());
        model.addAttribute("printedAt", Instant.now());
        model.addAttribute("justification", justification);
        model.addAttribute("printView", true);
        addReportAnswers(detail.reference(), model);
        return "cases/print";
    }

    /** Every answer of the report the case came from, with the names its codes stand for. */
    private void addReportAnswers(String reference, Model model) {
        ReportAnswers answers = reports.answers(reference).orElse(null);
        model.addAttribute("report", answers);
        if (answers == null) {
            return;
        }
        Map<String, String> strandNames =
                strands.active().stream().collect(Collectors.toMap(Strands.StrandInfo::code, Strands.StrandInfo::name));
        Map<String, String> religionNames = strands.religionCategories().stream()
                .collect(Collectors.toMap(Strands.ReligionCategory::code, Strands.ReligionCategory::name));
        model.addAttribute(
                "reportStrandNames",
                answers.strands().stream()
                        .map(code -> strandNames.getOrDefault(code, code))
                        .toList());
        model.addAttribute(
                "reportReligionNames",
                answers.religions().stream()
                        .map(code -> religionNames.getOrDefault(code, code))
                        .toList());
        model.addAttribute(
                "reportEvidenceNames",
                answers.evidence().stream()
                        .map(file -> file.fileName() + " (" + file.size() + ")")
                        .toList());
        model.addAttribute(
                "routedUnit",
                answers.routedUnitCode() == null
                        ? null
                        : units.findByCode(answers.routedUnitCode()).orElse(null));
    }

    @ExceptionHandler(JustificationRequired.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String justify(JustificationRequired required, HttpServletRequest request, Model model) {
        // The reason is posted back to the page that asked for it (the case page or its printed summary): each has a
        // POST for it.
        Map<?, ?> variables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        model.addAttribute("reference", variables.get("reference"));
        model.addAttribute("action", request.getRequestURI());
        model.addAttribute("asked", "POST".equals(request.getMethod()));
        return "cases/justify";
    }
}
