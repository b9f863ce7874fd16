package org.reassure.care;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;

/** The officer's own work, the supervisor's compliance figures, and recording a contact with the victim. */
@Controller
class CarePagesController {

    private final CareView view;
    private final Contacts contacts;
    private final Compliance compliance;
    private final Cases cases;
    private final Units units;
    private final Clock clock;
    private final CareNeedsView needsView;

    CarePagesController(
            CareView view,
            Contacts contacts,
            Compliance compliance,
            Cases cases,
            Units units,
            Clock clock,
            CareNeedsView needsView,
            VictimFeedback feedback) {
        this.feedback = feedback;
        this.view = view;
        this.needsView = needsView;
        this.contacts = contacts;
        this.compliance = compliance;
        this.cases = cases;
        this.units = units;
        this.clock = clock;
    }

    private final VictimFeedback feedback;

    /** What victims told us in the satisfaction survey, for a unit and a period (the last 90 days unless chosen). */
    @GetMapping("/care/satisfaction")
    @Audited(action = AuditAction.CONSULTATION, record = "satisfaction-answers")
    String satisfaction(@RequestParam Map<String, String> query, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        LocalDate[] period = period(query, 90, model);
        model.addAttribute(
                "feedback",
                feedback.forUnit(me, query.get("unit"), period[0], period[1], "yes".equals(query.get("notSatisfied"))));
        model.addAttribute(
                "units",
                units.all().stream()
                        .filter(u -> units.visibleTo(me).contains(u.id()))
                        .toList());
        return "care/satisfaction";
    }

    @GetMapping("/care/my-work")
    @Audited(action = AuditAction.CONSULTATION, record = "care-tasks")
    String myWork(Model model) {
        StaffPrincipal me = CurrentStaff.require();
        model.addAttribute("work", view.myWork(me));
        model.addAttribute("supervisor", me.hasRole(org.reassure.identity.Role.SUPERVISOR));
        model.addAttribute("reviews", needsView.reviewsFor(me));
        model.addAttribute("teamTasks", needsView.teamTasksFor(me));
        model.addAttribute("newMessages", needsView.newMessagesFor(me));
        return "care/my-work";
    }

    @GetMapping("/care/compliance")
    @Audited(action = AuditAction.CONSULTATION, record = "care-compliance")
    String compliance(@RequestParam Map<String, String> query, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        LocalDate[] period = period(query, 28, model);
        model.addAttribute("report", compliance.forUnit(me, query.get("unit"), period[0], period[1]));
        model.addAttribute(
                "units",
                units.all().stream()
                        .filter(u -> units.visibleTo(me).contains(u.id()))
                        .toList());
        model.addAttribute("meanings", RuleCodes.ALL);
        return "care/compliance";
    }

    /**
     * The period a figures page asks for (the {@code from} and {@code to} date fields), or the last {@code days} days up to
     * today when none or a wrong one is given; the form (filled with the period shown) and any errors go in the model.
     */
    private LocalDate[] period(Map<String, String> query, int days, Model model) {
        LocalDate today = clock.instant().atZone(Formats.UK).toLocalDate();
        Map<String, String> form = new HashMap<>(query);
        FormErrors errors = new FormErrors();
        LocalDate from = DateFields.read(form, "from", false, errors);
        LocalDate to = DateFields.read(form, "to", false, errors);
        from = from == null ? today.minusDays(days - 1L) : from;
        to = to == null ? today : to;
        if (!errors.any() && to.isBefore(from)) {
            errors.add("from", "The period must start on or before the day it ends");
        }
        if (errors.any()) {
            from = today.minusDays(days - 1L);
            to = today;
        }
        DateFields.fill(form, "from", from);
        DateFields.fill(form, "to", to);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return new LocalDate[] {from, to};
    }

    @GetMapping("/cases/{reference}/contacts/new")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String newContact(@PathVariable String reference, Model model) {
        return contactForm(reference, new HashMap<>(), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/contacts/new")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String recordContact(
            @PathVariable String reference,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        TaskKind kind = option(TaskKind.class, form.get("kind"));
        ContactChannel channel = option(ContactChannel.class, form.get("channel"));
        ContactOutcome outcome = option(ContactOutcome.class, form.get("outcome"));
        LocalDate day = DateFields.read(form, "at", false, errors);
        Instant at = null;
        if (day != null) {
            try {
                String time = form.getOrDefault("time", "").trim();
                at = day.atTime(
                                time.isEmpty()
                                        ? LocalTime.NOON
                                        : LocalTime.parse(time.length() == 4 ? "0" + time : time))
                        .atZone(Formats.UK)
                        .toInstant();
            } catch (DateTimeException notATime) {
                errors.add("time", "Enter the time on the 24-hour clock, like 14:30");
            }
        }
        try {
            errors.throwIfAny();
            Contact contact = contacts.record(
                    CurrentStaff.require(),
                    reference,
                    new Contact.New(kind, channel, outcome, at, form.get("note")),
                    form.get("refusedChannelReason"));
            redirect.addFlashAttribute(
                    "success",
                    contact.completedTask() != null
                            ? "Contact recorded. The task \u201c"
                                    + contact.kind().label() + "\u201d is done."
                            : "Contact recorded.");
            return "redirect:/cases/" + contact.caseReference() + "#care";
        } catch (InvalidInput invalid) {
            FormErrors all = FormErrors.of(invalid);
            errors.all().forEach(error -> all.add(error.field(), error.message()));
            return contactForm(reference, form, all, model);
        }
    }

    private String contactForm(String reference, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "kinds",
                java.util.Arrays.stream(TaskKind.values())
                        .filter(TaskKind::isContact)
                        .toList());
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("outcomes", ContactOutcome.values());
        return "care/contact-new";
    }

    private static <E extends Enum<E>> E option(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
