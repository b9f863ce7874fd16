package org.reassure.care;

/** How the victim was contacted. */
public enum ContactChannel {
    PHONE("Phone"),
    IN_PERSON("In person"),
    EMAIL("Email"),
    LETTER("Letter"),
    MESSAGE("Message");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
