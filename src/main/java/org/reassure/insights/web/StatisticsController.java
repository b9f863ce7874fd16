package org.reassure.insights.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.reassure.insights.internal.CsvFiles;
import org.reassure.insights.internal.Publications;
import org.reassure.platform.Formats;

/** The public statistics page: the latest published open data tables, with no account needed. */
@Controller
class StatisticsController {

    private final Publications publications;

    StatisticsController(Publications publications) {
        this.publications = publications;
    }

    @GetMapping("/statistics")
    String latest(Model model) {
        Publications.Publication publication = publications.latest().orElse(null);
        model.addAttribute("publication", publication);
        model.addAttribute(
                "publishedAt",
                publication == null
                        ? null
                        : publication.publishedAt().atZone(Formats.UK).toLocalDate());
        return "statistics/latest";
    }

    @GetMapping("/statistics/latest.csv")
    void latestCsv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"hate-crime-open-data.csv\"");
        CsvFiles.write(
                response.getOutputStream(),
                publications.csvRows(publications.latest(), LocaleContextHolder.getLocale()));
    }
}
