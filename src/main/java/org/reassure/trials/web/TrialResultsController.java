package org.reassure.trials.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.trials.internal.AnalysisCsv;
import org.reassure.trials.internal.Enrolments;
import org.reassure.trials.internal.TrialResults;
import org.reassure.trials.internal.Trials;

/** What a trial has found: the enrolled cases and their arms, the results with the plot, and the analysis data. */
@Controller
@RequestMapping("/trials")
@PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
class TrialResultsController {

    private final Trials trials;
    private final Enrolments enrolments;
    private final TrialResults results;

    TrialResultsController(Trials trials, Enrolments enrolments, TrialResults results) {
        this.trials = trials;
        this.enrolments = enrolments;
        this.results = results;
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
                .body(AnalysisCsv.of(shown.cases()).getBytes(StandardCharsets.UTF_8));
    }
}
