package org.reassure.insights.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.insights.internal.Figures;
import org.reassure.insights.internal.ReadModel;
import org.reassure.insights.internal.StatisticsAccess;
import org.reassure.platform.Message;

/** The statistics dashboard for analysts and supervisors, and an analyst's rebuild of the figures. */
@Controller
class DashboardController {

    private final StatisticsPages pages;
    private final Figures figures;
    private final StatisticsAccess access;
    private final ReadModel readModel;

    DashboardController(StatisticsPages pages, Figures figures, StatisticsAccess access, ReadModel readModel) {
        this.pages = pages;
        this.figures = figures;
        this.access = access;
        this.readModel = readModel;
    }

    @GetMapping("/insights")
    @Audited(action = AuditAction.CONSULTATION, record = "statistics")
    String dashboard(FilterForm query, Model model) {
        FilterPage page = pages.read(query);
        pages.common(model, page);
        model.addAttribute("dashboard", figures.dashboard(page.filter()));
        model.addAttribute(
                "strandName",
                page.strands().stream()
                        .filter(s -> s.value().equals(page.filter().strand()))
                        .map(s -> s.label())
                        .findFirst()
                        .orElse(Message.of("insights.dashboard.allStrands")));
        return "insights/dashboard";
    }

    @PostMapping("/insights/refresh")
    @Audited(action = AuditAction.CONSULTATION, record = "statistics")
    String refresh(RedirectAttributes redirect) {
        access.requireAnalyst(CurrentStaff.require());
        readModel.refresh();
        redirect.addFlashAttribute("success", Message.of("insights.dashboard.refreshed"));
        return "redirect:/insights";
    }
}
