package org.reassure.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page that fails on purpose, so tests can see what a person sees when something breaks. Test code only. */
@Controller
class FailingTestController {

    static final String PATH = "/test-only/failure";
    static final String SECRET = "internal detail that must never reach a user";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
