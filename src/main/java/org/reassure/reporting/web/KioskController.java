package org.reassure.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import org.reassure.platform.NotFound;
import org.reassure.reporting.internal.EvidenceFiles;
import org.reassure.reporting.internal.KioskDevices;

/**
 * Turning a device into a kiosk with the link an administrator issued, and "finish and clear": the
 * visit's session, its unsent answers and evidence are forgotten, and the browser is asked to drop its
 * cache and storage.
 */
@Controller
class KioskController {

    private static final Logger log = LoggerFactory.getLogger(KioskController.class);

    private final KioskDevices devices;
    private final EvidenceFiles evidence;

    KioskController(KioskDevices devices, EvidenceFiles evidence) {
        this.devices = devices;
        this.evidence = evidence;
    }

    @GetMapping("/kiosk/{token}")
    String turnOn(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        KioskDevices.Device device =
                devices.valid(token).orElseThrow(() -> new NotFound("reporting.notFound.kioskLink"));
        HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate();
        }
        response.addHeader(
                HttpHeaders.SET_COOKIE, KioskMode.cookie(request, token).toString());
        log.info("A device was turned into kiosk {}", device.id());
        return "redirect:/report";
    }

    @PostMapping("/kiosk/finish")
    String finish(HttpServletRequest request, HttpServletResponse response) {
        // The language goes with the session (and is read from it): say "cleared" in the language the person was using.
        String language = LocaleContextHolder.getLocale().getLanguage();
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(ReportJourneyController.ANSWERS) instanceof JourneyAnswers answers) {
                evidence.discard(answers.evidenceDraft);
            }
            session.invalidate();
        }
        // Not "cookies": the kiosk cookie is what keeps this device a kiosk.
        response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        return "redirect:/kiosk/finished" + ("cy".equals(language) ? "?lang=cy" : "");
    }

    @GetMapping("/kiosk/finished")
    String finished() {
        return "reporting/kiosk-finished";
    }

    /** Keeps the kiosk visit alive while someone is using the page (called by the page's script on activity). */
    @GetMapping("/kiosk/alive")
    ResponseEntity<Void> alive() {
        return ResponseEntity.noContent().build();
    }
}
