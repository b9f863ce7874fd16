package org.reassure.casework;

/** How the report reached the police. */
public enum Channel {
    ONLINE("Online"),
    THIRD_PARTY("Third-party reporting centre"),
    KIOSK("Kiosk"),
    PHONE("Phone"),
    FRONT_COUNTER("Front counter"),
    HOME_VISIT("Home visit");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
