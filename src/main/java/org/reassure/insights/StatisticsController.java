package org.reassure.insights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.reassure.platform.Formats;

/** The public statistics page: the latest published open data tables, with no account needed. */
@Controller
class StatisticsController {

    private final OpenData openData;

    StatisticsController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/statistics")
    String latest(Model model) {
        OpenData.Publication publication = openData.latest().orElse(null);
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
        StringBuilder csv = new StringBuilder();
        openData.latest()
                .ifPresentOrElse(
                        p -> OpenData.csvRows(p).forEach(row -> csv.append(Csv.line(row))),
                        () -> csv.append(
                                Csv.line(java.util.List.of("month", "area", "strand", "recorded_hate_crimes"))));
        response.getOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
