package org.reassure.insights.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.insights.internal.DipChecks;
import org.reassure.insights.internal.QualityAudit;
import org.reassure.insights.internal.StatisticsAccess;
import org.reassure.platform.Message;

/** The data-quality page: the audit of the filter's cases, the recent dip checks, and drawing a new sample. */
@Controller
class QualityController {

    private final StatisticsPages pages;
    private final StatisticsAccess access;
    private final QualityAudit audit;
    private final DipChecks dipChecks;

    QualityController(StatisticsPages pages, StatisticsAccess access, QualityAudit audit, DipChecks dipChecks) {
        this.pages = pages;
        this.access = access;
        this.audit = audit;
        this.dipChecks = dipChecks;
    }

    @GetMapping("/insights/quality")
    @Audited(action = AuditAction.CONSULTATION, record = "data-quality")
    String qualityPage(FilterForm query, Model model) {
        FilterPage page = pages.read(query);
        pages.common(model, page);
        model.addAttribute("audit", audit.audit(page.filter()));
        model.addAttribute("checks", dipChecks.checks(access.visibleUnitIds(CurrentStaff.require())));
        return "insights/quality";
    }

    @PostMapping("/insights/quality/dip-checks")
    @Audited(action = AuditAction.COLLECTION, record = "dip-check")
    String drawSample(FilterForm form, Model model, RedirectAttributes redirect) {
        FilterPage page = pages.read(form);
        if (page.errors().any()) {
            return qualityPage(form, model);
        }
        return dipChecks
                .draw(page.filter(), CurrentStaff.require().getUsername())
                .map(id -> "redirect:/insights/quality/dip-checks/" + id)
                .orElseGet(() -> {
                    redirect.addFlashAttribute("success", Message.of("insights.dipCheck.nothingToSample"));
                    return "redirect:/insights/quality?" + page.form().query();
                });
    }
}
