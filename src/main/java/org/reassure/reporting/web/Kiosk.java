package org.reassure.reporting.web;

import jakarta.servlet.http.HttpSession;

/** Whether this visit is on a kiosk: a shared device an administrator turned on (see KioskMode). */
final class Kiosk {

    /** Set on the visit's session by KioskMode while the device's kiosk link is valid. */
    static final String SESSION_MARK = "reporting.kiosk";

    private Kiosk() {}

    static boolean active(HttpSession session) {
        return session != null && session.getAttribute(SESSION_MARK) != null;
    }
}
