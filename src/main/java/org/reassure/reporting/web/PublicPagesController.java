package org.reassure.reporting.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages every public service publishes, linked from the footer: the accessibility statement (Public Sector Bodies
 * Accessibility Regulations 2018), the privacy notice (Data Protection Act 2018, Part 3), the cookies page and how to
 * contact the police and this service. Who is named on them comes from settings, so each force states its own.
 */
@Controller
class PublicPagesController {

    private final String controllerName;
    private final String dpoEmail;
    private final String dpoAddress;
    private final String contactEmail;
    private final String sessionCookie;

    PublicPagesController(
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
            @Value("${reassure.privacy.controller-name:Example Police (demo)}") String controllerName,
            @Value("${reassure.privacy.dpo-email:dpo@example.police.uk}") String dpoEmail,
            @Value("${reassure.privacy.dpo-address:}") String dpoAddress,
            @Value("${reassure.public.contact-email:reassure@example.police.uk}") String contactEmail) {
        this.controllerName = controllerName;
        this.dpoEmail = dpoEmail;
        this.dpoAddress = dpoAddress;
        this.contactEmail = contactEmail;
        this.sessionCookie = sessionCookie;
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute("controllerName", controllerName);
        model.addAttribute("contactEmail", contactEmail);
        return "information/accessibility";
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("controllerName", controllerName);
        model.addAttribute("dpoEmail", dpoEmail);
        model.addAttribute("dpoAddress", dpoAddress);
        return "information/privacy";
    }

    /** The cookies' names are the ones the service really sets, read from where they are set. */
    @GetMapping("/cookies")
    String cookies(Model model) {
        model.addAttribute("sessionCookie", sessionCookie);
        model.addAttribute("kioskCookie", KioskMode.COOKIE);
        return "information/cookies";
    }

    @GetMapping("/contact")
    String contact(Model model) {
        model.addAttribute("contactEmail", contactEmail);
        return "information/contact";
    }
}
