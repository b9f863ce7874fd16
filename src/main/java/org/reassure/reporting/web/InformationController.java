package org.reassure.reporting.web;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.reassure.platform.NotFound;

/** Public information: what hate crime is, what to expect from the police, and every way to report. */
@Controller
class InformationController {

    static final Set<String> PAGES = Set.of("hate-crime", "what-to-expect", "ways-to-report");

    @GetMapping("/information/{page}")
    String page(@PathVariable String page) {
        if (!PAGES.contains(page)) {
            throw new NotFound("reporting.notFound.page");
        }
        return "information/" + page;
    }
}
