package org.reassure.care.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.care.internal.Statement;
import org.reassure.care.internal.Statements;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/** Taking a Victim Personal Statement or a Community Impact Statement, or adding a new version of one. */
@Controller
class CareStatementsController {

    private final Statements statements;
    private final Cases cases;
    private final Clock clock;

    CareStatementsController(Statements statements, Cases cases, Clock clock) {
        this.statements = statements;
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping("/cases/{reference}/statements/new")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String newStatement(@PathVariable String reference, @RequestParam(required = false) String kind, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        Statement.Kind chosen = Options.option(Statement.Kind.class, kind);
        // A new version starts from the last one's words, so the victim can add to what they said.
        Statement last = chosen == null
                ? null
                : statements.forCase(me, reference).stream()
                        .filter(s -> s.kind() == chosen)
                        .findFirst()
                        .orElse(null);
        DateFields today = DateFields.of(clock.instant().atZone(Formats.UK).toLocalDate());
        return form(reference, StatementForm.of(chosen, last, me.displayName(), today), FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/statements/new")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String add(@PathVariable String reference, StatementForm form, Model model, RedirectAttributes redirect) {
        FormErrors typed = new FormErrors();
        Statement.Draft draft = form.toDraft(typed);
        try {
            typed.throwIfAny();
            Statement saved = statements.add(CurrentStaff.require(), reference, draft);
            redirect.addFlashAttribute(
                    "success",
                    Message.of("care.flash.statementSaved", saved.kind().label(), saved.version()));
            return "redirect:/cases/" + saved.caseReference() + "#care";
        } catch (InvalidInput invalid) {
            return form(reference, form, FormErrors.of(invalid), model);
        }
    }

    private String form(String reference, StatementForm form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Statement.Kind.values());
        model.addAttribute("choices", Statement.ReadAloud.values());
        return "care/statement-new";
    }
}
