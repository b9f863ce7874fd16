package org.reassure.insights.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.insights.internal.Filter;
import org.reassure.insights.internal.OpenData;
import org.reassure.insights.internal.Publications;
import org.reassure.insights.internal.StatisticsAccess;
import org.reassure.platform.Message;

/**
 * Open data for analysts: the tables of their unit's areas by month and strand, after disclosure control, as the
 * public will see them; then publishing them. At most 36 months at a time.
 */
@Controller
class OpenDataController {

    private final StatisticsPages pages;
    private final StatisticsAccess access;
    private final OpenData openData;
    private final Publications publications;

    OpenDataController(StatisticsPages pages, StatisticsAccess access, OpenData openData, Publications publications) {
        this.pages = pages;
        this.access = access;
        this.openData = openData;
        this.publications = publications;
    }

    @GetMapping("/insights/open-data")
    @Audited(action = AuditAction.CONSULTATION, record = "open-data")
    String openDataPage(FilterForm query, Model model) {
        FilterPage page = read(query);
        pages.common(model, page);
        Filter f = page.filter();
        model.addAttribute("tables", page.errors().any() ? List.of() : openData.prepare(f.unit(), f.from(), f.to()));
        model.addAttribute("latest", publications.latest().orElse(null));
        return "insights/open-data";
    }

    @PostMapping("/insights/open-data")
    @Audited(action = AuditAction.DISCLOSURE, record = "open-data")
    String publish(FilterForm form, Model model, RedirectAttributes redirect) {
        FilterPage page = read(form);
        if (page.errors().any()) {
            return openDataPage(form, model);
        }
        Filter f = page.filter();
        publications.publish(f.unit(), f.from(), f.to(), CurrentStaff.require().getUsername());
        redirect.addFlashAttribute("success", Message.of("insights.openData.published"));
        return "redirect:/insights/open-data";
    }

    /** The analyst's own unit, all strands, and the period asked for (at most 36 months). */
    private FilterPage read(FilterForm form) {
        StaffPrincipal analyst = access.requireAnalyst(CurrentStaff.require());
        FilterPage page =
                pages.readForAnalyst(form.withUnit(access.home(analyst).code()).withStrand(null));
        if (!page.errors().any() && page.filter().months() > OpenData.MAX_MONTHS) {
            page.errors().add("from", "insights.openData.tooLong");
        }
        return page;
    }
}
