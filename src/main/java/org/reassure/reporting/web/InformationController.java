package org.reassure.reporting.web;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.reassure.platform.NotFound;

/**
 * Public information: what hate crime is, what to expect from the police, every way to report, and how to clear the
 * browser's history after a visit.
 */
@Controller
class InformationController {

    static final Set<String> PAGES = Set.of("hate-crime", "what-to-expect", "ways-to-report", "clear-your-history");

    @GetMapping("/information/{page}")
    String page(@PathVariable String page) {
        if (!PAGES.contains(page)) {
            throw new NotFound("reporting.notFound.page");
        }
        return "information/" + page;
    }
}
