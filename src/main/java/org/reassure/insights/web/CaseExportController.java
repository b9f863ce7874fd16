package org.reassure.insights.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.audit.Audited;
import org.reassure.insights.internal.CaseExport;

/** The case-level CSV download of the dashboard's filter: one line per case, no names and no free text. */
@Controller
class CaseExportController {

    private final StatisticsPages pages;
    private final CaseExport caseExport;
    private final AuditLog auditLog;

    CaseExportController(StatisticsPages pages, CaseExport caseExport, AuditLog auditLog) {
        this.pages = pages;
        this.caseExport = caseExport;
        this.auditLog = auditLog;
    }

    @GetMapping("/insights/export/cases.csv")
    @Audited(action = AuditAction.DISCLOSURE, record = "statistics-export", id = "query")
    void exportCases(FilterForm query, HttpServletResponse response) throws IOException {
        FilterPage page = pages.read(query);
        page.errors().throwIfAny();
        StatisticsPages.download(
                response,
                "text/csv; charset=UTF-8",
                "hate-crime-cases-" + page.filter().unit().code() + ".csv");
        try {
            caseExport.write(page.filter(), response.getOutputStream());
        } catch (RuntimeException | IOException interrupted) {
            // Part of the file may have gone out: that is a disclosure too.
            auditLog.record(
                    AuditAction.DISCLOSURE,
                    "statistics-export",
                    query.toString(),
                    null,
                    AuditOutcome.ALLOWED,
                    "interrupted before the end of the file");
            throw interrupted;
        }
    }
}
