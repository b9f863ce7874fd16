package org.reassure.insights.web;

import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.insights.internal.ReadModel;
import org.reassure.insights.internal.StatisticsAccess;

/** What every statistics page shows besides its own figures: the filter form, its choices, and "figures as at". */
@Component
class StatisticsPages {

    private final FilterValidator filters;
    private final StatisticsAccess access;
    private final ReadModel readModel;

    StatisticsPages(FilterValidator filters, StatisticsAccess access, ReadModel readModel) {
        this.filters = filters;
        this.access = access;
        this.readModel = readModel;
    }

    /** The filter of a page whose default is the last twelve months, this one included. */
    FilterPage read(FilterForm form) {
        YearMonth now = access.thisMonth();
        return filters.read(CurrentStaff.require(), form, now.minusMonths(11), now);
    }

    /** The filter of a page for analysts, whose default is the twelve complete months before this one. */
    FilterPage readForAnalyst(FilterForm form) {
        YearMonth last = access.thisMonth().minusMonths(1);
        return filters.read(access.requireAnalyst(CurrentStaff.require()), form, last.minusMonths(11), last);
    }

    void common(Model model, FilterPage page) {
        model.addAttribute("form", page.form());
        model.addAttribute("errors", page.errors());
        model.addAttribute("units", page.units());
        model.addAttribute("strands", page.strands());
        model.addAttribute("filter", page.filter());
        model.addAttribute("query", page.form().query());
        asAt(model);
    }

    void asAt(Model model) {
        model.addAttribute("asAt", readModel.asAt().orElse(null));
        model.addAttribute("analyst", CurrentStaff.require().hasRole(Role.ANALYST));
    }

    static void download(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
    }
}
