package org.reassure.platform;

/**
 * One option of a select, a group of radios or checkboxes: the value posted, and what the person reads. The label
 * is a {@link Message} (words of the service, in the person's language) or, for data such as a unit's name, a
 * plain string shown as it is; the hint is optional.
 */
public record Choice(String value, Object label, Message hint) {

    public static Choice of(String value, Message label) {
        return new Choice(value, label, null);
    }

    public static Choice of(String value, String labelKey, Object... args) {
        return new Choice(value, Message.of(labelKey, args), null);
    }

    /** An option named by data (a unit, an officer, an organisation), not by the service's words. */
    public static Choice data(String value, String name) {
        return new Choice(value, name, null);
    }

    public Choice withHint(String hintKey, Object... args) {
        return new Choice(value, label, Message.of(hintKey, args));
    }
}
