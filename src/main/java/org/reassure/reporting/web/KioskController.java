package org.reassure.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
    private final String quickExitUrl;

    KioskController(
            KioskDevices devices,
            EvidenceFiles evidence,
            @Value("${reassure.public.quick-exit-url:https://www.bbc.co.uk/weather}") String quickExitUrl) {
        this.devices = devices;
        this.evidence = evidence;
        this.quickExitUrl = quickExitUrl;
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
        forget(request, response);
        return "redirect:/kiosk/finished" + ("cy".equals(language) ? "?lang=cy" : "");
    }

    /**
     * "Exit this page" on a kiosk: the visit is forgotten as by "finish and clear", then the browser goes straight to
     * the neutral site. A GET, because it is a link that must work without JavaScript and with no form token; it only
     * forgets. A signed-in member of staff is never signed out by it (that would be a way to sign someone out from
     * another site): they are sent on, and keep their session.
     */
    @GetMapping("/kiosk/exit")
    String exit(HttpServletRequest request, HttpServletResponse response) {
        if (request.getUserPrincipal() == null) {
            forget(request, response);
        }
        return "redirect:" + quickExitUrl;
    }

    private void forget(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(ReportJourneyController.ANSWERS) instanceof JourneyAnswers answers) {
                evidence.discard(answers.evidenceDraft);
            }
            session.invalidate();
        }
        // Not "cookies": the kiosk cookie is what keeps this device a kiosk.
        response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
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
