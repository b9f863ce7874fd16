package org.reassure.notifications.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.notifications.NotificationStatus;
import org.reassure.notifications.internal.send.LocalTemplates;
import org.reassure.notifications.internal.send.NotificationLog;
import org.reassure.notifications.internal.send.NotifySettings;
import org.reassure.notifications.internal.send.NotifyTemplates;

/**
 * {@code /admin/notifications}: whether Notify is set up (never the key itself), which template settings are empty,
 * and every notification, newest first, with what it would have said (from the local copy of its template).
 */
@Controller
class NotificationsAdminController {

    private final NotifySettings settings;
    private final NotifyTemplates templates;
    private final NotificationLog log;
    private final LocalTemplates local;
    private final String callbackUrl;

    NotificationsAdminController(
            NotifySettings settings,
            NotifyTemplates templates,
            NotificationLog log,
            LocalTemplates local,
            @Value("${reassure.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.callbackUrl = publicBaseUrl.replaceAll("/+$", "") + NotifyReceiptsController.PATH;
        this.settings = settings;
        this.templates = templates;
        this.log = log;
        this.local = local;
    }

    @GetMapping("/admin/notifications")
    @Audited(action = AuditAction.CONSULTATION, record = "notifications")
    String list(
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "page", required = false, defaultValue = "1") String page,
            Model model) {
        NotificationStatus chosen = parse(status);
        NotificationLog.Page shown = log.page(chosen, number(page));
        Map<UUID, LocalTemplates.Text> wouldSay = new LinkedHashMap<>();
        for (NotificationLog.Entry entry : shown.entries()) {
            if (entry.channel() != null) {
                local.render(entry.message(), entry.channel(), entry.language(), entry.personalisation())
                        .ifPresent(text -> wouldSay.put(entry.id(), text));
            }
        }
        model.addAttribute("hasKey", settings.hasKey());
        model.addAttribute("hasCallbackToken", settings.hasCallbackToken());
        model.addAttribute("baseUrl", settings.baseUrl());
        model.addAttribute("callbackUrl", callbackUrl);
        model.addAttribute("missingTemplates", templates.missing());
        model.addAttribute("templateCount", NotifyTemplates.allSettings().size());
        model.addAttribute("result", shown);
        model.addAttribute("wouldSay", wouldSay);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", NotificationStatus.values());
        return "notifications/admin";
    }

    private static NotificationStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return NotificationStatus.valueOf(status.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static int number(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
