package org.reassure.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;

/** The public home page; a signed-in person goes straight to their work. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return CurrentStaff.get()
                // A third-party reporting centre works on the reports it made, not on cases.
                .map(person -> person.hasRole(Role.THIRD_PARTY_CENTRE) ? "redirect:/centre/reports" : "redirect:/cases")
                .orElse("identity/home");
    }
}
