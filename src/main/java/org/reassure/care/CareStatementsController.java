package org.reassure.care;

import java.time.LocalDate;
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
import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;

/** Taking a Victim Personal Statement or a Community Impact Statement, or adding a new version of one. */
@Controller
class CareStatementsController {

    private final Statements statements;
    private final Cases cases;
    private final java.time.Clock clock;

    CareStatementsController(Statements statements, Cases cases, java.time.Clock clock) {
        this.statements = statements;
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping("/cases/{reference}/statements/new")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    String newStatement(@PathVariable String reference, @RequestParam(required = false) String kind, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        Map<String, String> form = new HashMap<>();
        Statement.Kind chosen = CareNeedsController.option(Statement.Kind.class, kind);
        if (chosen != null) {
            form.put("kind", chosen.name());
            // A new version starts from the last one's words, so the victim can add to what they said.
            statements.forCase(me, reference).stream()
                    .filter(s -> s.kind() == chosen)
                    .findFirst()
                    .ifPresent(last -> {
                        form.put("body", last.body());
                        if (last.readAloud() != null) {
                            form.put("readAloud", last.readAloud().name());
                        }
                    });
        }
        form.put("takenBy", me.displayName());
        DateFields.fill(form, "takenOn", clock.instant().atZone(Formats.UK).toLocalDate());
        return form(reference, form, FormErrors.none(), model);
    }

    @PostMapping("/cases/{reference}/statements/new")
    @Audited(action = AuditAction.COLLECTION, record = "case", id = "reference")
    String add(
            @PathVariable String reference,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate takenOn = DateFields.read(form, "takenOn", false, errors);
        try {
            errors.throwIfAny();
            Statement saved = statements.add(
                    CurrentStaff.require(),
                    reference,
                    new Statement.Draft(
                            CareNeedsController.option(Statement.Kind.class, form.get("kind")),
                            form.get("body"),
                            form.get("takenBy"),
                            takenOn,
                            CareNeedsController.option(Statement.ReadAloud.class, form.get("readAloud"))));
            redirect.addFlashAttribute("success", saved.kind().label() + " version " + saved.version() + " saved.");
            return "redirect:/cases/" + saved.caseReference() + "#care";
        } catch (InvalidInput invalid) {
            return form(reference, form, FormErrors.of(invalid), model);
        }
    }

    private String form(String reference, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("summary", cases.header(CurrentStaff.require(), reference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Statement.Kind.values());
        model.addAttribute("choices", Statement.ReadAloud.values());
        return "care/statement-new";
    }
}
