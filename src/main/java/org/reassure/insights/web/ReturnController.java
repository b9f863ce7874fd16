package org.reassure.insights.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.insights.internal.BiasMapping;
import org.reassure.insights.internal.CsvFiles;
import org.reassure.insights.internal.HomeOfficeReturn;
import org.reassure.insights.internal.OdsWriter;
import org.reassure.platform.Message;

/** The Home Office annual return: the page, its downloads (ODS and CSV) and the NIBRS and OSCE/ODIHR mapping. */
@Controller
class ReturnController {

    private final StatisticsPages pages;
    private final ReturnFormValidator validator;
    private final HomeOfficeReturn homeOfficeReturn;
    private final BiasMapping biasMapping;
    private final MessageSource messages;

    ReturnController(
            StatisticsPages pages,
            ReturnFormValidator validator,
            HomeOfficeReturn homeOfficeReturn,
            BiasMapping biasMapping,
            MessageSource messages) {
        this.pages = pages;
        this.validator = validator;
        this.homeOfficeReturn = homeOfficeReturn;
        this.biasMapping = biasMapping;
        this.messages = messages;
    }

    @GetMapping("/insights/return")
    @Audited(action = AuditAction.CONSULTATION, record = "home-office-return")
    String returnPage(ReturnForm query, Model model) {
        ReturnFormValidator.ReturnPage page = validator.read(query);
        pages.common(model, page.filter());
        model.addAttribute("returnForm", page.form());
        model.addAttribute("returnQuery", page.form().toString());
        model.addAttribute(
                "table", homeOfficeReturn.forYear(page.filter().filter().unit(), page.year()));
        model.addAttribute("years", validator.years());
        return "insights/return";
    }

    @GetMapping("/insights/return.csv")
    @Audited(action = AuditAction.DISCLOSURE, record = "home-office-return", id = "query")
    void returnCsv(ReturnForm query, HttpServletResponse response) throws IOException {
        HomeOfficeReturn.Table table = table(query);
        StatisticsPages.download(response, "text/csv; charset=UTF-8", fileName("hate-crime-return-", table, ".csv"));
        CsvFiles.write(
                response.getOutputStream(), homeOfficeReturn.rows(table, messages, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/insights/return.ods")
    @Audited(action = AuditAction.DISCLOSURE, record = "home-office-return", id = "query")
    void returnOds(ReturnForm query, HttpServletResponse response) throws IOException {
        HomeOfficeReturn.Table table = table(query);
        StatisticsPages.download(response, OdsWriter.MIME, fileName("hate-crime-return-", table, ".ods"));
        OdsWriter.write(
                response.getOutputStream(),
                messages.getMessage(
                        Message.of("insights.return.sheetName", String.valueOf(table.year())),
                        LocaleContextHolder.getLocale()),
                homeOfficeReturn.rows(table, messages, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/insights/bias-mapping.csv")
    @Audited(action = AuditAction.DISCLOSURE, record = "bias-mapping", id = "query")
    void biasMapping(ReturnForm query, HttpServletResponse response) throws IOException {
        HomeOfficeReturn.Table table = table(query);
        StatisticsPages.download(response, "text/csv; charset=UTF-8", fileName("bias-mapping-", table, ".csv"));
        CsvFiles.Printer csv = CsvFiles.to(response.getOutputStream());
        csv.row(BiasMapping.HEADINGS);
        biasMapping.forYear(table.unit(), table.year()).forEach(m -> csv.row(m.cells()));
        csv.flush();
    }

    /** Bad input on a download is refused (422) rather than shown on a page. */
    private HomeOfficeReturn.Table table(ReturnForm query) {
        ReturnFormValidator.ReturnPage page = validator.read(query);
        page.errors().throwIfAny();
        return homeOfficeReturn.forYear(page.filter().filter().unit(), page.year());
    }

    private static String fileName(String prefix, HomeOfficeReturn.Table table, String suffix) {
        return prefix + table.unit().code() + "-" + table.year() + suffix;
    }
}
