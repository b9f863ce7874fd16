package org.reassure.notifications.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.notifications.internal.send.NotificationLog;

/**
 * The "Messages sent" section of the case page (case work's template calls it as {@code @notificationsView}): each
 * notification about the case, to whom (never the address), how, when, where it stands and why.
 */
@Component
public class NotificationsView {

    /** The section: the case's reference and its notifications, oldest first. */
    public record CaseNotifications(String reference, List<NotificationLog.Entry> entries) {}

    private final Cases cases;
    private final NotificationLog log;

    NotificationsView(Cases cases, NotificationLog log) {
        this.cases = cases;
        this.log = log;
    }

    /** For the case page, after case work has let the person see the case (checked again here). */
    @Transactional(readOnly = true)
    public CaseNotifications forCase(String reference) {
        String checked = cases.header(CurrentStaff.require(), reference).reference();
        return new CaseNotifications(checked, log.forCase(checked));
    }
}
