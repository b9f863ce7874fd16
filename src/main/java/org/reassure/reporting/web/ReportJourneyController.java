package org.reassure.reporting.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;
import org.reassure.reporting.Reports;
import org.reassure.reporting.internal.Checks;
import org.reassure.reporting.internal.EvidenceFiles;
import org.reassure.reporting.internal.OnlineSubmissions;
import org.reassure.reporting.internal.ReportStrands;
import org.reassure.reporting.internal.ReportValidator;

/**
 * The online report journey: start page, one question a page, check your answers, confirmation. The
 * answers live in the session; every POST redirects (post/redirect/get) unless it shows errors.
 */
@Controller
class ReportJourneyController {

    static final String ANSWERS = "reporting.answers";
    static final String CONFIRMATION = "reporting.confirmation";

    private final ReportValidator validator;
    private final ReportStrands strands;
    private final OnlineSubmissions submissions;
    private final MessageSource messages;
    private final EvidenceFiles evidence;

    ReportJourneyController(
            ReportValidator validator,
            ReportStrands strands,
            OnlineSubmissions submissions,
            MessageSource messages,
            EvidenceFiles evidence) {
        this.validator = validator;
        this.strands = strands;
        this.submissions = submissions;
        this.messages = messages;
        this.evidence = evidence;
    }

    @GetMapping("/report")
    String start() {
        return "reporting/start";
    }

    @GetMapping("/report/{slug}")
    String question(
            @PathVariable String slug,
            @RequestParam(required = false) String change,
            @RequestParam(required = false) String tooLarge,
            HttpSession session,
            Model model) {
        JourneyAnswers answers = answers(session);
        JourneyStep step = JourneyStep.bySlug(slug).orElseThrow(() -> new NotFound("reporting.notFound.question"));
        if (answers == null && step == JourneyStep.WHO) {
            // The start button leads here: a report begins, and with it the session that keeps the answers.
            answers = new JourneyAnswers();
            session.setAttribute(ANSWERS, answers);
        }
        if (answers == null) {
            return "redirect:/report";
        }
        if (!step.askedOf(answers)) {
            return "redirect:/report/" + JourneyStep.firstUnanswered(answers).slug;
        }
        if (step == JourneyStep.CHECK) {
            JourneyStep missing = JourneyStep.firstUnanswered(answers);
            if (missing != JourneyStep.CHECK) {
                return "redirect:/report/" + missing.slug;
            }
            answers.submissionToken = UUID.randomUUID().toString();
            session.setAttribute(ANSWERS, answers);
        }
        FormErrors errors = FormErrors.none();
        if (step == JourneyStep.EVIDENCE && tooLarge != null) {
            errors.add("file", "report.error.file.TOO_LARGE");
        }
        return show(step, answers, errors, change != null, model);
    }

    /** Adds one file; the page lists what was added, so several can be added one after another. */
    @PostMapping("/report/evidence/upload")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        JourneyAnswers answers = answers(session);
        if (answers == null) {
            return "redirect:/report";
        }
        if (answers.evidenceDraft == null) {
            answers.evidenceDraft = EvidenceFiles.newDraftKey();
            session.setAttribute(ANSWERS, answers);
        }
        boolean chosen = file != null && !(file.isEmpty() && isBlank(file.getOriginalFilename()));
        Optional<String> problem = chosen
                ? evidence.add(answers.evidenceDraft, file.getOriginalFilename(), file.getBytes())
                : Optional.of(EvidenceFiles.NO_FILE);
        if (problem.isPresent()) {
            FormErrors errors = new FormErrors().add("file", problem.get());
            return show(JourneyStep.EVIDENCE, answers, errors, false, model);
        }
        return "redirect:/report/evidence";
    }

    @PostMapping("/report/evidence/remove")
    String removeFile(@RequestParam UUID id, HttpSession session) {
        JourneyAnswers answers = answers(session);
        if (answers != null && answers.evidenceDraft != null) {
            evidence.remove(answers.evidenceDraft, id);
        }
        return "redirect:/report/evidence";
    }

    @PostMapping("/report/{slug}")
    String answer(@PathVariable String slug, JourneyForm form, HttpSession session, Model model) {
        JourneyAnswers answers = answers(session);
        JourneyStep step = JourneyStep.bySlug(slug)
                .filter(s -> s != JourneyStep.CHECK)
                .orElseThrow(() -> new NotFound("reporting.notFound.question"));
        if (answers == null) {
            return "redirect:/report";
        }
        step.keep(answers, form);
        Checks checks = new Checks();
        step.check(answers, checks, validator);
        if (checks.errors().any()) {
            answers.completed.remove(step.slug);
            session.setAttribute(ANSWERS, answers);
            return show(step, answers, checks.errors(), form.changing(), model);
        }
        answers.completed.add(step.slug);
        session.setAttribute(ANSWERS, answers);
        JourneyStep next = form.changing() ? JourneyStep.firstUnanswered(answers) : step.next(answers);
        return "redirect:/report/" + next.slug + (form.changing() && next != JourneyStep.CHECK ? "?change" : "");
    }

    @PostMapping("/report/send")
    @Audited(action = AuditAction.COLLECTION, record = "report")
    String send(@RequestParam(defaultValue = "") String submissionToken, HttpSession session, Model model) {
        JourneyAnswers answers = answers(session);
        if (answers == null) {
            // Sent already (a double click, or the back button): show what was sent, or start again.
            return session.getAttribute(CONFIRMATION) != null ? "redirect:/report/sent" : "redirect:/report";
        }
        if (!submissionToken.equals(answers.submissionToken)) {
            // An older check page (another tab): check the answers as they are now before sending.
            return "redirect:/report/check";
        }
        try {
            Optional<Reports.Receipt> receipt = submissions.submitOnce(
                    submissionToken, answers.toReport(), answers.evidenceDraft, Origins.of(Kiosk.active(session)));
            if (receipt.isPresent()) {
                boolean contactGiven = !answers.anonymous();
                session.setAttribute(
                        CONFIRMATION,
                        new Confirmation(
                                receipt.get().reference(), receipt.get().trackingCode(), contactGiven));
                session.removeAttribute(ANSWERS);
            }
            return "redirect:/report/sent";
        } catch (InvalidInput invalid) {
            return show(JourneyStep.CHECK, answers, FormErrors.of(invalid), false, model);
        }
    }

    @GetMapping("/report/sent")
    String sent(HttpSession session, Model model) {
        Object confirmation = session.getAttribute(CONFIRMATION);
        if (!(confirmation instanceof Confirmation shown)) {
            return "redirect:/report";
        }
        model.addAttribute("confirmation", shown);
        // The tracking code is shown once: a reload or a later visit sees the reference only.
        session.setAttribute(CONFIRMATION, shown.shown());
        return "reporting/sent";
    }

    private String show(JourneyStep step, JourneyAnswers answers, FormErrors errors, boolean change, Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("change", change);
        JourneyStep previous = step.previous(answers);
        model.addAttribute(
                "back", change ? "/report/check" : previous == null ? "/report" : "/report/" + previous.slug);
        model.addAttribute("action", "/report/" + step.slug);
        model.addAttribute("relationships", List.copyOf(ReportValidator.RELATIONSHIPS));
        model.addAttribute("religions", List.copyOf(ReportValidator.RELIGIONS));
        model.addAttribute("strandChoices", strands.active());
        List<EvidenceFiles.Draft> files = evidence.drafts(answers.evidenceDraft);
        model.addAttribute("files", files);
        model.addAttribute("maxFiles", EvidenceFiles.MAX_FILES);
        if (step == JourneyStep.CHECK) {
            CheckYourAnswers summary = new CheckYourAnswers(messages, LocaleContextHolder.getLocale());
            model.addAttribute(
                    "reportRows",
                    summary.aboutWhatHappened(
                            answers,
                            files.stream().map(EvidenceFiles.Draft::fileName).toList()));
            model.addAttribute("youRows", summary.aboutYou(answers));
        }
        return "reporting/" + step.slug;
    }

    private static JourneyAnswers answers(HttpSession session) {
        return session.getAttribute(ANSWERS) instanceof JourneyAnswers answers ? answers : null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
