package org.reassure.uploads.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.reassure.uploads.internal.QuarantineRelease;
import org.reassure.uploads.internal.ScannerState;

/**
 * {@code /admin/uploads}: whether a malware scanner is configured and answers now, and how many uploaded files are
 * held in quarantine until it does.
 */
@Controller
class UploadsAdminController {

    private final ScannerState scanner;
    private final QuarantineRelease release;

    UploadsAdminController(ScannerState scanner, QuarantineRelease release) {
        this.scanner = scanner;
        this.release = release;
    }

    @GetMapping("/admin/uploads")
    String show(Model model) {
        model.addAttribute("configured", scanner.configured());
        model.addAttribute("address", scanner.address());
        model.addAttribute("answering", scanner.answers());
        model.addAttribute("held", release.heldCount());
        return "uploads/admin";
    }
}
