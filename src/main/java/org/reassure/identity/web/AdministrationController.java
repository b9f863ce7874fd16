package org.reassure.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's start page: what can be administered, each with a line saying what it is. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AdministrationController {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
