package org.reassure.care.web;

import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.care.Contact;
import org.reassure.care.ContactChannel;
import org.reassure.care.ContactOutcome;
import org.reassure.care.Contacts;
import org.reassure.care.TaskKind;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/** The officer's own work, and recording a contact with the victim. */
@Controller
class CarePagesController {

    private final CareView view;
    private final CareNeedsView needsView;
    private final Contacts contacts;
    private final Cases cases;

    CarePagesController(CareView view, CareNeedsView needsView, Contacts contacts, Cases cases) {
        this.view = view;
        this.needsView = needsView;
        this.contacts = contacts;
        this.cases = cases;
    }

    @GetMapping("/care/my-work")
    @Audited(action = AuditAction.CONSULTATION, record = "care-tasks")
    String myWork(Model model) {
        StaffPrincipal me = CurrentStaff.require();
        model.addAttribute("work", view.myWork(me));
        model.addAttribute("supervisor", me.hasRole(Role.SUPERVISOR));
        model.addAttribute("reviews", needsView.reviewsFor(me));
        model.addAttribute("teamTasks", needsView.teamTasksFor(me));
        model.addAttribute("newMessages", needsView.newMessagesFor(me));
        return "care/my-work";
    }

    @GetMapping("/cases/{reference}/contacts/new")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String newContact(@PathVariable String reference, Model model) {
        return contactForm(reference, ContactForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/contacts/new")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String recordContact(@PathVariable String reference, ContactForm form, Model model, RedirectAttributes redirect) {
        FormErrors typed = new FormErrors();
        Contact.New given = form.toContact(typed);
        try {
            typed.throwIfAny();
            Contact contact = contacts.record(
                    CurrentStaff.require(),
                    reference,
                    given,
                    form.refusedChannelReason(),
                    form.outsideSafeTimesReason());
            redirect.addFlashAttribute(
                    "success",
                    contact.completedTask() != null
                            ? Message.of(
                                    "care.flash.contactRecordedTaskDone",
                                    contact.kind().label())
                            : Message.of("care.flash.contactRecorded"));
            return "redirect:/cases/" + contact.caseReference() + "#care";
        } catch (InvalidInput invalid) {
            FormErrors all = FormErrors.of(invalid);
            typed.all().forEach(error -> all.add(error.field(), error.message()));
            return contactForm(reference, form, all, model);
        }
    }

    private String contactForm(String reference, ContactForm form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "kinds",
                Arrays.stream(TaskKind.values()).filter(TaskKind::isContact).toList());
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("outcomes", ContactOutcome.values());
        return "care/contact-new";
    }
}
