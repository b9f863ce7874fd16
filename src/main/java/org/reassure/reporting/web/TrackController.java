package org.reassure.reporting.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.platform.NotFound;
import org.reassure.reporting.Reports;
import org.reassure.reporting.Satisfaction;
import org.reassure.reporting.VictimSatisfaction;
import org.reassure.reporting.VictimSatisfaction.Given;
import org.reassure.reporting.internal.MessageThreads;
import org.reassure.reporting.internal.ReportLookup;
import org.reassure.reporting.internal.SatisfactionAnswers;
import org.reassure.reporting.internal.Text;
import org.reassure.reporting.internal.TooManyAttempts;

/**
 * "Track my report": the reference and tracking code open the report's status for the rest of the visit. The code is
 * checked once and never kept; the session remembers only which report was opened.
 */
@Controller
class TrackController {

    static final String TRACKED = "reporting.tracked";
    /** The answers of the satisfaction questions, best first, as the radios send them. */
    private static final List<String> SCALE =
            Arrays.stream(Satisfaction.values()).map(Enum::name).toList();

    private final ReportLookup reports;
    private final ReportPages pages;
    private final MessageThreads threads;
    private final VictimSatisfaction satisfaction;
    private final SatisfactionAnswers answers;

    TrackController(
            ReportLookup reports,
            ReportPages pages,
            MessageThreads threads,
            VictimSatisfaction satisfaction,
            SatisfactionAnswers answers) {
        this.reports = reports;
        this.pages = pages;
        this.threads = threads;
        this.satisfaction = satisfaction;
        this.answers = answers;
    }

    @GetMapping("/track")
    String form(Model model) {
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("reference", "");
        return "reporting/track";
    }

    /** The reference and code, each asked for when missing; both wrong or unknown are the same message. */
    @PostMapping("/track")
    @Audited(action = AuditAction.CONSULTATION, record = "report", id = "reference")
    String open(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String trackingCode,
            HttpSession session,
            HttpServletRequest request,
            Model model) {
        FormErrors errors = new FormErrors();
        if (reference.isBlank()) {
            errors.add("reference", "track.error.referenceMissing");
        }
        if (trackingCode.isBlank()) {
            errors.add("trackingCode", "track.error.codeMissing");
        }
        if (!errors.any()) {
            try {
                Reports.Status status = reports.track(reference, trackingCode, request.getRemoteAddr());
                session.setAttribute(TRACKED, status.reference());
                return "redirect:/track/report";
            } catch (NotFound notFound) {
                errors.add("reference", "track.error.notFound");
            }
        }
        String typed = Text.line(reference);
        model.addAttribute("errors", errors);
        model.addAttribute("reference", typed == null ? "" : typed);
        return "reporting/track";
    }

    @GetMapping("/track/report")
    @Audited(action = AuditAction.CONSULTATION, record = "report", id = "tracked")
    String status(@SessionAttribute(name = TRACKED, required = false) String tracked, Model model) {
        if (tracked == null) {
            return "redirect:/track";
        }
        return statusPage(tracked, FormErrors.none(), "", model);
    }

    /** "How did we do?": asked once the investigation has finished, answered once. */
    @PostMapping("/track/satisfaction")
    @Audited(action = AuditAction.COLLECTION, record = "satisfaction", id = "tracked")
    String satisfaction(
            @SessionAttribute(name = TRACKED, required = false) String tracked,
            @ModelAttribute("given") Given given,
            Model model,
            RedirectAttributes redirect) {
        if (tracked == null) {
            return "redirect:/track";
        }
        try {
            answers.giveOnline(tracked, given);
        } catch (InvalidInput invalid) {
            return statusPage(tracked, FormErrors.of(invalid), "", model);
        } catch (ConflictingState answeredOrNotFinished) {
            // Already answered (perhaps in another tab) or not yet finished: the page shows which.
            return "redirect:/track/report#satisfaction";
        }
        redirect.addFlashAttribute("satisfactionGiven", true);
        return "redirect:/track/report#satisfaction";
    }

    /** A message to the officers, from the person holding the tracking code. */
    @PostMapping("/track/messages")
    @Audited(action = AuditAction.COLLECTION, record = "report-message", id = "tracked")
    String write(
            @SessionAttribute(name = TRACKED, required = false) String tracked,
            MessageForm form,
            Model model,
            RedirectAttributes redirect) {
        if (tracked == null) {
            return "redirect:/track";
        }
        try {
            threads.fromReporter(tracked, null, form.message());
        } catch (InvalidInput invalid) {
            return statusPage(tracked, FormErrors.of(invalid), form.message(), model);
        }
        redirect.addFlashAttribute("success", Message.of("message.sent.body"));
        return "redirect:/track/report#messages";
    }

    private String statusPage(String reference, FormErrors errors, String typed, Model model) {
        Reports.Status status = reports.statusOf(reference);
        pages.status(status, errors, typed, model);
        VictimSatisfaction.Answers given = satisfaction.of(reference).orElse(null);
        model.addAttribute("satisfaction", given);
        model.addAttribute("askSatisfaction", given == null && VictimSatisfaction.finished(status.progress()));
        if (!model.containsAttribute("given")) {
            model.addAttribute("given", new Given(null, null, null, ""));
        }
        model.addAttribute(
                "commentsHint",
                Message.of(
                        "satisfaction.commentsHint",
                        String.format(Locale.UK, "%,d", SatisfactionAnswers.MAX_COMMENTS)));
        model.addAttribute("scale", SCALE);
        return "reporting/track-status";
    }

    /** Leaves the report, so that someone else using this device cannot see it. */
    @PostMapping("/track/close")
    String close(HttpSession session) {
        session.removeAttribute(TRACKED);
        return "redirect:/track";
    }

    /** Wrong codes from this connection: it waits, with Retry-After (anyone else with the right code carries on). */
    @ExceptionHandler(TooManyAttempts.class)
    String tooMany(TooManyAttempts refused, HttpServletResponse response) {
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        return "error/429";
    }
}
