package org.reassure.casework;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;

/**
 * The pages that move a case on: triage and review queues, the workload view, and one form per
 * decision. Each form posts, then redirects to the case (post/redirect/get); a refused input shows the
 * form again with everything typed.
 */
@Controller
@RequestMapping("/cases")
class CaseWorkController {

    private final CaseWork caseWork;
    private final Cases cases;
    private final CaseQueues queues;
    private final Catalogues catalogues;
    private final Strands strands;
    private final Units units;
    private final StaffAccounts accounts;
    private final CaseworkProperties properties;
    private final People people;
    private final CaseNotes notes;
    private final org.reassure.reporting.ReportEvidence evidence;
    private final org.reassure.reporting.ReportMessages reportMessages;
    private final Clock clock;

    CaseWorkController(
            CaseWork caseWork,
            Cases cases,
            CaseQueues queues,
            Catalogues catalogues,
            Strands strands,
            Units units,
            StaffAccounts accounts,
            CaseworkProperties properties,
            People people,
            CaseNotes notes,
            org.reassure.reporting.ReportEvidence evidence,
            org.reassure.reporting.ReportMessages reportMessages,
            Clock clock) {
        this.evidence = evidence;
        this.reportMessages = reportMessages;
        this.people = people;
        this.notes = notes;
        this.caseWork = caseWork;
        this.cases = cases;
        this.queues = queues;
        this.catalogues = catalogues;
        this.strands = strands;
        this.units = units;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/triage")
    @Audited(action = AuditAction.CONSULTATION, record = "case-list", id = "")
    String triage(Model model) {
        var queue = queues.triage(CurrentStaff.require());
        model.addAttribute("queue", queue);
        model.addAttribute(
                "newMessages",
                reportMessages.withUnreadFromReporter(
                        queue.stream().map(c -> c.reference()).toList()));
        model.addAttribute("now", clock.instant());
        return "cases/triage";
    }

    @GetMapping("/review")
    @Audited(action = AuditAction.CONSULTATION, record = "case-list")
    String reviewQueue(Model model) {
        model.addAttribute("queue", queues.awaitingReview(CurrentStaff.require()));
        return "cases/review";
    }

    @GetMapping("/workload")
    @Audited(action = AuditAction.CONSULTATION, record = "case-list")
    String workload(Model model) {
        model.addAttribute("rows", queues.workload(CurrentStaff.require()));
        return "cases/workload";
    }

    // Recording

    record RecordingForm(
            String classification,
            String offence,
            List<String> strands,
            List<String> religions,
            List<String> flags,
            String reason,
            Boolean notTrivial,
            Boolean notIrrational,
            Boolean notMalicious,
            Boolean basisForHostility,
            String keepSubjectData,
            String subjectDataReason,
            String notifySubject,
            String noNotificationReason) {

        static RecordingForm empty() {
            return new RecordingForm(
                    "", "", List.of(), List.of(), List.of(), "", false, false, false, false, "", "", "", "");
        }

        public boolean hasStrand(String code) {
            return strands != null && strands.contains(code);
        }

        public boolean hasReligion(String code) {
            return religions != null && religions.contains(code);
        }

        public boolean hasFlag(String code) {
            return flags != null && flags.contains(code);
        }

        RecordingDecision toDecision() {
            Classification chosen = null;
            for (Classification c : Classification.values()) {
                if (c.name().equals(classification)) {
                    chosen = c;
                }
            }
            Set<CaseFlag> chosenFlags = EnumSet.noneOf(CaseFlag.class);
            if (flags != null) {
                for (CaseFlag flag : CaseFlag.values()) {
                    if (flags.contains(flag.name())) {
                        chosenFlags.add(flag);
                    }
                }
            }
            return new RecordingDecision(
                    chosen,
                    offence,
                    strands == null ? List.of() : strands,
                    religions == null ? List.of() : religions,
                    chosenFlags,
                    reason,
                    new RecordingDecision.NchiAssessment(
                            Boolean.TRUE.equals(notTrivial),
                            Boolean.TRUE.equals(notIrrational),
                            Boolean.TRUE.equals(notMalicious),
                            Boolean.TRUE.equals(basisForHostility),
                            yesNo(keepSubjectData),
                            subjectDataReason,
                            yesNo(notifySubject),
                            noNotificationReason));
        }

        private static Boolean yesNo(String value) {
            return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
        }
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
            redirect.addFlashAttribute("success", "Recording decision saved. A supervisor will review it.");
            return "redirect:/cases/" + Cases.normalise(reference);
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
                throw new InvalidInput("verdict", "Select whether to approve the decision or return it for change");
            }
            caseWork.review(CurrentStaff.require(), reference, "approve".equals(verdict), comment);
            redirect.addFlashAttribute(
                    "success",
                    "approve".equals(verdict)
                            ? "Recording decision approved."
                            : "Recording decision returned. The case is back in the triage queue.");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("reviewErrors", FormErrors.of(invalid));
            redirect.addFlashAttribute("reviewComment", comment);
        }
        return "redirect:/cases/" + Cases.normalise(reference);
    }

    // Allocation

    @GetMapping("/{reference}/allocation")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String allocationForm(@PathVariable String reference, Model model) {
        return allocationPage(reference, "", "", "", FormErrors.none(), model);
    }

    @PostMapping("/{reference}/allocation")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String allocate(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String officer,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            caseWork.allocate(CurrentStaff.require(), reference, unit, officer, reason);
            redirect.addFlashAttribute("success", "Case allocated.");
            return "redirect:/cases/" + Cases.normalise(reference);
        } catch (InvalidInput invalid) {
            return allocationPage(reference, unit, officer, reason, FormErrors.of(invalid), model);
        }
    }

    private String allocationPage(
            String reference, String unit, String officer, String reason, FormErrors errors, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        Set<Long> visible = units.visibleTo(me);
        model.addAttribute("case", cases.header(me, reference));
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> visible.contains(u.id())).toList());
        model.addAttribute(
                "officers",
                accounts.all().stream()
                        .filter(a -> a.enabled()
                                && a.unitId() != null
                                && visible.contains(a.unitId())
                                && a.roles().stream().anyMatch(CaseWork.ALLOCATABLE::contains))
                        .toList());
        model.addAttribute("unit", unit);
        model.addAttribute("officer", officer);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "cases/allocation";
    }

    @PostMapping("/{reference}/investigation")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String startInvestigation(@PathVariable String reference, RedirectAttributes redirect) {
        caseWork.startInvestigation(CurrentStaff.require(), reference);
        redirect.addFlashAttribute("success", "Investigation started.");
        return "redirect:/cases/" + Cases.normalise(reference);
    }

    // Key decisions, withdrawal and outcome share one form shape: what, when, and a note or reason.

    @GetMapping("/{reference}/{step:decision|withdrawal|outcome}")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String stepForm(@PathVariable String reference, @PathVariable String step, Model model) {
        WhenField now = WhenField.now();
        return stepPage(reference, step, "", now, "", FormErrors.none(), model);
    }

    @PostMapping("/{reference}/{step:decision|withdrawal|outcome}")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String step(
            @PathVariable String reference,
            @PathVariable String step,
            @RequestParam(defaultValue = "") String choice,
            WhenField when,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        StaffPrincipal me = CurrentStaff.require();
        if ("withdrawal".equals(step)) {
            text = reason;
        }
        try {
            switch (step) {
                case "decision" -> {
                    DecisionType type =
                            choice.isBlank() ? null : CaseWorkApiController.parse(DecisionType.class, choice, "choice");
                    caseWork.recordDecision(me, reference, type, when.toInstant("when"), text);
                    redirect.addFlashAttribute(
                            "success", "Decision recorded. The victim must be told within 1 working day.");
                }
                case "withdrawal" -> {
                    caseWork.recordWithdrawal(me, reference, when.toInstant("when"), text);
                    redirect.addFlashAttribute(
                            "success", "Withdrawal recorded. Offer the victim support to re-engage if they wish.");
                }
                default -> {
                    Integer code = choice.isBlank() ? null : parseCode(choice);
                    caseWork.finalise(me, reference, code, when.toInstant("when"));
                    redirect.addFlashAttribute("success", "Case finalised.");
                }
            }
            return "redirect:/cases/" + Cases.normalise(reference);
        } catch (InvalidInput invalid) {
            // The decision or outcome list is the field called "choice" on this page.
            FormErrors errors = new FormErrors();
            invalid.errors()
                    .forEach(error -> errors.add(
                            error.field().equals("type") || error.field().equals("code") ? "choice" : error.field(),
                            error.message()));
            return stepPage(reference, step, choice, when, text, errors, model);
        }
    }

    private static Integer parseCode(String choice) {
        try {
            return Integer.valueOf(choice.trim());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput("choice", "Select the Home Office outcome");
        }
    }

    private String stepPage(
            String reference, String step, String choice, WhenField when, String text, FormErrors errors, Model model) {
        model.addAttribute("case", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("step", step);
        model.addAttribute("choice", choice);
        model.addAttribute("when", when);
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        model.addAttribute("decisionTypes", DecisionType.values());
        model.addAttribute("outcomes", catalogues.outcomes());
        return "cases/step";
    }

    // People and repeat victims

    @GetMapping("/{reference}/people/new")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String personForm(@PathVariable String reference, Model model) {
        return personPage(reference, new People.NewPerson("", "", "", "", "", "", "", ""), FormErrors.none(), model);
    }

    @PostMapping("/{reference}/people")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String addPerson(
            @PathVariable String reference, People.NewPerson person, Model model, RedirectAttributes redirect) {
        try {
            Person added = people.add(CurrentStaff.require(), reference, person);
            boolean matches = people.matchesOn(reference).stream()
                    .anyMatch(m -> m.personId().equals(added.id()) && "PENDING".equals(m.status()));
            redirect.addFlashAttribute(
                    "success",
                    added.role().label() + " added."
                            + (matches ? " They may be a repeat victim: check the possible matches below." : ""));
            return "redirect:/cases/" + Cases.normalise(reference);
        } catch (InvalidInput invalid) {
            return personPage(reference, person, FormErrors.of(invalid), model);
        }
    }

    private String personPage(String reference, People.NewPerson person, FormErrors errors, Model model) {
        CaseSummary header = cases.header(CurrentStaff.require(), reference);
        model.addAttribute("case", header);
        model.addAttribute("person", person);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", PersonRole.allowedFor(cases.classificationOf(reference)));
        return "cases/person";
    }

    @PostMapping("/{reference}/matches/{match}")
    @Audited(action = AuditAction.COMBINATION, record = "case", id = "reference")
    String decideMatch(
            @PathVariable String reference,
            @PathVariable long match,
            @RequestParam(defaultValue = "") String verdict,
            RedirectAttributes redirect) {
        if (!"same".equals(verdict) && !"different".equals(verdict)) {
            redirect.addFlashAttribute("problem", "Choose whether it is the same victim or a different person.");
        } else {
            people.decide(CurrentStaff.require(), reference, match, "same".equals(verdict));
            redirect.addFlashAttribute(
                    "success",
                    "same".equals(verdict)
                            ? "Cases linked: the victim is marked as a repeat victim."
                            : "Marked as a different person. The cases stay separate.");
        }
        return "redirect:/cases/" + Cases.normalise(reference);
    }

    @PostMapping("/{reference}/notes")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String writeNote(
            @PathVariable String reference, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        try {
            notes.write(CurrentStaff.require(), reference, note);
            redirect.addFlashAttribute("success", "Note added.");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("noteErrors", FormErrors.of(invalid));
            redirect.addFlashAttribute("noteText", note);
        }
        return "redirect:/cases/" + Cases.normalise(reference);
    }

    @PostMapping("/{reference}/messages")
    @Audited(action = AuditAction.DISCLOSURE, record = "report-message", id = "reference")
    String messageReporter(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String message,
            RedirectAttributes redirect) {
        try {
            notes.messageReporter(CurrentStaff.require(), reference, message);
            redirect.addFlashAttribute("success", "Message sent. The reporter sees it on their Track my report page.");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("messageErrors", FormErrors.of(invalid));
            redirect.addFlashAttribute("messageText", message);
        }
        return "redirect:/cases/" + Cases.normalise(reference) + "#messages";
    }

    @PostMapping("/{reference}/links")
    @Audited(action = AuditAction.COMBINATION, record = "case", id = "reference")
    String link(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String other,
            @RequestParam(defaultValue = "") String linkReason,
            RedirectAttributes redirect) {
        try {
            notes.link(CurrentStaff.require(), reference, other, linkReason);
            redirect.addFlashAttribute("success", "Cases linked.");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("linkErrors", FormErrors.of(invalid));
            redirect.addFlashAttribute("linkOther", other);
            redirect.addFlashAttribute("linkReasonText", linkReason);
        }
        return "redirect:/cases/" + Cases.normalise(reference);
    }

    /** One evidence file, as an attachment: never shown inline, so a file can do nothing in the browser. */
    @GetMapping("/{reference}/evidence/{file}")
    @Audited(action = AuditAction.CONSULTATION, record = "case-evidence", id = "reference")
    org.springframework.http.ResponseEntity<byte[]> evidence(
            @PathVariable String reference, @PathVariable java.util.UUID file) {
        cases.header(CurrentStaff.require(), reference);
        org.reassure.reporting.ReportEvidence.File found = evidence.open(Cases.normalise(reference), file)
                .orElseThrow(() -> new org.reassure.platform.NotFound("There is no such file on this case."));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        found.info().contentType()))
                .header(
                        "Content-Disposition",
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(found.info().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Cache-Control", "no-store")
                .body(found.content());
    }

    @PostMapping("/{reference}/close")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String close(@PathVariable String reference, RedirectAttributes redirect) {
        caseWork.close(CurrentStaff.require(), reference, null);
        redirect.addFlashAttribute("success", "Case closed.");
        return "redirect:/cases/" + Cases.normalise(reference);
    }

    @PostMapping("/{reference}/reopen")
    @Audited(action = AuditAction.ALTERATION, record = "case", id = "reference")
    String reopen(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            caseWork.reopen(CurrentStaff.require(), reference, reason);
            redirect.addFlashAttribute("success", "Case reopened.");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("reopenErrors", FormErrors.of(invalid));
        }
        return "redirect:/cases/" + Cases.normalise(reference);
    }

    /** Which actions the case page offers this person, by the case's state and their roles. */
    static Actions actionsFor(CaseDetail detail, StaffPrincipal me) {
        boolean recorder = me.roles().stream().anyMatch(CaseWork.RECORDERS::contains);
        boolean supervisor = me.hasRole(Role.SUPERVISOR);
        boolean investigator = me.roles().stream().anyMatch(CaseWork.INVESTIGATORS::contains);
        CaseStatus status = detail.status();
        boolean allocated = status == CaseStatus.ALLOCATED || status == CaseStatus.UNDER_INVESTIGATION;
        boolean crime = detail.recording() != null && detail.recording().classification() == Classification.CRIME;
        boolean nchi = detail.recording() != null && detail.recording().classification() == Classification.NCHI;
        return new Actions(
                recorder && status == CaseStatus.REPORTED,
                supervisor && detail.recording() != null && detail.recording().review() == ReviewStatus.PENDING,
                supervisor && (status == CaseStatus.RECORDED || allocated),
                investigator && status == CaseStatus.ALLOCATED && crime,
                investigator && allocated,
                investigator && detail.withdrawnAt() == null && (status == CaseStatus.RECORDED || allocated),
                investigator && status == CaseStatus.UNDER_INVESTIGATION,
                investigator
                        && (status == CaseStatus.FINALISED
                                || (nchi && (status == CaseStatus.RECORDED || status == CaseStatus.ALLOCATED))),
                supervisor && (status == CaseStatus.FINALISED || status == CaseStatus.CLOSED));
    }

    record Actions(
            boolean record,
            boolean review,
            boolean allocate,
            boolean start,
            boolean decide,
            boolean withdraw,
            boolean finalise,
            boolean close,
            boolean reopen) {

        public boolean any() {
            return record || review || allocate || start || decide || withdraw || finalise || close || reopen;
        }
    }
}
