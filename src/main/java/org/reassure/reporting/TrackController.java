package org.reassure.reporting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/**
 * "Track my report": the reference and tracking code open the report's status for the rest of the visit.
 * The code is checked once and never kept; the session remembers only which report was opened.
 */
@Controller
class TrackController {

    static final String TRACKED = "reporting.tracked";
    /** The answers of the satisfaction questions, best first, as the radios send them. */
    private static final java.util.List<String> SCALE =
            java.util.Arrays.stream(Satisfaction.values()).map(Enum::name).toList();

    private final Reports reports;
    private final ReportMessages reportMessages;
    private final VictimSatisfaction satisfaction;
    private final MessageSource messages;

    TrackController(
            Reports reports, ReportMessages reportMessages, VictimSatisfaction satisfaction, MessageSource messages) {
        this.reports = reports;
        this.reportMessages = reportMessages;
        this.satisfaction = satisfaction;
        this.messages = messages;
    }

    @GetMapping("/track")
    String form(Model model) {
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("reference", "");
        return "reporting/track";
    }

    @PostMapping("/track")
    @Audited(action = AuditAction.CONSULTATION, record = "report", id = "reference")
    String open(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String trackingCode,
            HttpSession session,
            Model model) {
        FormErrors errors = new FormErrors();
        if (reference.isBlank()) {
            errors.add("reference", text("track.error.referenceMissing"));
        }
        if (trackingCode.isBlank()) {
            errors.add("trackingCode", text("track.error.codeMissing"));
        }
        if (!errors.any()) {
            try {
                Reports.Status status = reports.track(reference, trackingCode);
                session.setAttribute(TRACKED, status.reference());
                return "redirect:/track/report";
            } catch (NotFound notFound) {
                errors.add("reference", text("track.error.notFound"));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("reference", Text.line(reference) == null ? "" : Text.line(reference));
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
            @RequestParam(required = false) String overall,
            @RequestParam(required = false) String keptInformed,
            @RequestParam(required = false) String treatment,
            @RequestParam(defaultValue = "") String comments,
            Model model,
            RedirectAttributes redirect) {
        if (tracked == null) {
            return "redirect:/track";
        }
        VictimSatisfaction.Given given = new VictimSatisfaction.Given(overall, keptInformed, treatment, comments);
        try {
            satisfaction.giveOnline(tracked, given);
        } catch (InvalidInput invalid) {
            model.addAttribute("given", given);
            return statusPage(tracked, FormErrors.of(invalid), "", model);
        } catch (org.reassure.platform.ConflictingState answeredOrNotFinished) {
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
            @RequestParam(defaultValue = "") String message,
            Model model,
            RedirectAttributes redirect) {
        if (tracked == null) {
            return "redirect:/track";
        }
        try {
            reportMessages.fromReporter(tracked, null, message);
        } catch (InvalidInput invalid) {
            return statusPage(tracked, FormErrors.of(invalid), message, model);
        }
        redirect.addFlashAttribute("messageSent", true);
        return "redirect:/track/report#messages";
    }

    private String statusPage(String reference, FormErrors errors, String typed, Model model) {
        Reports.Status status = reports.statusOf(reference);
        statusModel(status, reportMessages, errors, typed, model);
        VictimSatisfaction.Answers answers = satisfaction.of(reference).orElse(null);
        model.addAttribute("satisfaction", answers);
        model.addAttribute("askSatisfaction", answers == null && VictimSatisfaction.finished(status.progress()));
        if (!model.containsAttribute("given")) {
            model.addAttribute("given", new VictimSatisfaction.Given(null, null, null, ""));
        }
        model.addAttribute("maxComments", VictimSatisfaction.MAX_COMMENTS);
        model.addAttribute("scale", SCALE);
        return "reporting/track-status";
    }

    /** What a report's page shows to the person who made it (or the centre that did): its status and the messages. */
    static void statusModel(
            Reports.Status status, ReportMessages reportMessages, FormErrors errors, String typed, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("messages", reportMessages.on(status.reference()));
        model.addAttribute("errors", errors);
        model.addAttribute("message", typed);
        model.addAttribute("maxLength", ReportMessages.MAX_LENGTH);
        reportMessages.markReadByReporter(status.reference());
    }

    /** Leaves the report, so that someone else using this device cannot see it. */
    @PostMapping("/track/close")
    String close(HttpSession session) {
        session.removeAttribute(TRACKED);
        return "redirect:/track";
    }

    @ExceptionHandler(TooManyAttempts.class)
    String tooMany(HttpServletResponse response) {
        response.setStatus(429);
        return "error/429";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
