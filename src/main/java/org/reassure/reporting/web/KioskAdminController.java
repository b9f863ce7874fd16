package org.reassure.reporting.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.reporting.internal.KioskDevices;

/** Administrators issue kiosk links for shared devices, and revoke them. Under /admin, so for administrators only. */
@Controller
class KioskAdminController {

    private final KioskDevices devices;
    private final KioskMode kioskMode;

    KioskAdminController(KioskDevices devices, KioskMode kioskMode) {
        this.devices = devices;
        this.kioskMode = kioskMode;
    }

    @GetMapping("/admin/kiosks")
    String list(Model model) {
        return page(model, FormErrors.none(), KioskForm.empty());
    }

    @PostMapping("/admin/kiosks")
    @Audited(action = AuditAction.COLLECTION, record = "kiosk")
    String issue(KioskForm form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            KioskDevices.Issued issued =
                    devices.issue(form.name(), CurrentStaff.require().getUsername());
            String link = ServletUriComponentsBuilder.fromContextPath(request)
                    .path("/kiosk/{token}")
                    .buildAndExpand(issued.token())
                    .toUriString();
            redirect.addFlashAttribute("issuedName", issued.device().name());
            redirect.addFlashAttribute("issuedLink", link);
            return "redirect:/admin/kiosks";
        } catch (InvalidInput invalid) {
            return page(model, FormErrors.of(invalid), form);
        }
    }

    @PostMapping("/admin/kiosks/{id}/revoke")
    @Audited(action = AuditAction.ALTERATION, record = "kiosk", id = "id")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        KioskDevices.Device device = devices.get(id);
        devices.revoke(id, CurrentStaff.require().getUsername());
        redirect.addFlashAttribute("success", Message.of("reporting.kiosks.revoked", device.name()));
        return "redirect:/admin/kiosks";
    }

    private String page(Model model, FormErrors errors, KioskForm form) {
        model.addAttribute("devices", devices.all());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("timeoutMinutes", kioskMode.timeout().toMinutes());
        return "reporting/admin-kiosks";
    }
}
