package org.reassure.casework.web;

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
import org.reassure.casework.CaseSummary;
import org.reassure.casework.Cases;
import org.reassure.casework.People;
import org.reassure.casework.Person;
import org.reassure.casework.PersonRole;
import org.reassure.casework.internal.CaseRules;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/** People on a case, and the decision on a suggested repeat victim. */
@Controller
@RequestMapping("/cases")
class PeopleController {

    private final People people;
    private final Cases cases;

    PeopleController(People people, Cases cases) {
        this.people = people;
        this.cases = cases;
    }

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
                    Message.of(
                            matches ? "casework.flash.personAddedMayBeRepeat" : "casework.flash.personAdded",
                            added.role().label()));
            return "redirect:/cases/" + CaseRules.normalise(reference);
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
            redirect.addFlashAttribute("problem", Message.of("casework.problem.matchVerdictMissing"));
        } else {
            boolean same = "same".equals(verdict);
            people.decide(CurrentStaff.require(), reference, match, same);
            redirect.addFlashAttribute(
                    "success", Message.of(same ? "casework.flash.sameVictim" : "casework.flash.differentPerson"));
        }
        return "redirect:/cases/" + CaseRules.normalise(reference);
    }
}
