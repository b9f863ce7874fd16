package org.reassure.insights.web;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.insights.internal.DipChecks;
import org.reassure.insights.internal.StatisticsAccess;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Message;
import org.reassure.platform.NotFound;

/** One dip check: its sample, and a checker's verdict on each case. */
@Controller
class DipCheckController {

    private final StatisticsPages pages;
    private final StatisticsAccess access;
    private final DipChecks dipChecks;
    private final VerdictFormValidator validator;

    DipCheckController(
            StatisticsPages pages, StatisticsAccess access, DipChecks dipChecks, VerdictFormValidator validator) {
        this.pages = pages;
        this.access = access;
        this.dipChecks = dipChecks;
        this.validator = validator;
    }

    @GetMapping("/insights/quality/dip-checks/{id}")
    @Audited(action = AuditAction.CONSULTATION, record = "dip-check", id = "id")
    String dipCheck(@PathVariable long id, Model model) {
        return page(id, null, FormErrors.none(), model);
    }

    @PostMapping("/insights/quality/dip-checks/{id}")
    @Audited(action = AuditAction.ALTERATION, record = "dip-check", id = "id")
    String recordVerdict(@PathVariable long id, VerdictForm form, Model model, RedirectAttributes redirect) {
        StaffPrincipal me = access.require(CurrentStaff.require());
        find(id, access.visibleUnitIds(me));
        FormErrors errors = validator.validate(form);
        if (errors.any()) {
            return page(id, form, errors, model);
        }
        dipChecks.verdict(id, form.reference(), form.verdict(), form.note(), me.getUsername());
        redirect.addFlashAttribute("success", Message.of("insights.dipCheck.recorded", form.reference()));
        return "redirect:/insights/quality/dip-checks/" + id;
    }

    /** The page, with the verdict that could not be recorded shown again on its case. */
    private String page(long id, VerdictForm failed, FormErrors errors, Model model) {
        StaffPrincipal me = access.require(CurrentStaff.require());
        model.addAttribute("check", find(id, access.visibleUnitIds(me)));
        model.addAttribute("sample", dipChecks.sample(id));
        model.addAttribute("verdicts", DipChecks.VERDICTS);
        model.addAttribute("errors", errors);
        model.addAttribute("failedReference", failed == null ? null : failed.reference());
        model.addAttribute("failedNote", failed == null ? "" : failed.note());
        pages.asAt(model);
        return "insights/dip-check";
    }

    private DipChecks.DipCheck find(long id, Set<Long> visible) {
        return dipChecks.check(id, visible).orElseThrow(() -> new NotFound("insights.dipCheck.notFound"));
    }
}
