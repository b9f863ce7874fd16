package org.reassure.casework.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.internal.CaseNotes;
import org.reassure.casework.internal.CaseRules;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/**
 * The forms at the foot of the case page: a note, a message to the person who reported, a link to another case. A
 * refused one goes back to the case page with its errors and what was typed.
 */
@Controller
@RequestMapping("/cases")
class NotesController {

    private final CaseNotes notes;

    NotesController(CaseNotes notes) {
        this.notes = notes;
    }

    @PostMapping("/{reference}/notes")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String writeNote(
            @PathVariable String reference, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        try {
            notes.write(CurrentStaff.require(), reference, note);
            redirect.addFlashAttribute("success", Message.of("casework.flash.noteAdded"));
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("noteErrors", FormErrors.of(invalid));
            redirect.addFlashAttribute("noteText", note);
        }
        return "redirect:/cases/" + CaseRules.normalise(reference);
    }

    @PostMapping("/{reference}/messages")
    @Audited(action = AuditAction.DISCLOSURE, record = "report-message", id = "reference")
    String messageReporter(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String message,
            RedirectAttributes redirect) {
        try {
            notes.messageReporter(CurrentStaff.require(), reference, message);
            redirect.addFlashAttribute("success", Message.of("casework.flash.messageSent"));
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("messageErrors", FormErrors.of(invalid));
            redirect.addFlashAttribute("messageText", message);
        }
        return "redirect:/cases/" + CaseRules.normalise(reference) + "#messages";
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
            redirect.addFlashAttribute("success", Message.of("casework.flash.linked"));
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("linkErrors", FormErrors.of(invalid));
            redirect.addFlashAttribute("linkOther", other);
            redirect.addFlashAttribute("linkReasonText", linkReason);
        }
        return "redirect:/cases/" + CaseRules.normalise(reference);
    }
}
