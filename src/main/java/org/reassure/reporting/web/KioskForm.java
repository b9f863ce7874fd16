package org.reassure.reporting.web;

/** A new kiosk link, as the administration form sends it: where the device is (checked by {@code KioskDevices}). */
record KioskForm(String name) {

    static KioskForm empty() {
        return new KioskForm("");
    }
}
