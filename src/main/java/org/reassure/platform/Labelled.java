package org.reassure.platform;

/**
 * A value shown to people as a label, and as a GOV.UK tag in a colour (case, referral and task status, risk
 * level): templates show it with {@code layout/forms :: tag(value)}. The label is the message
 * {@code <type>.<CONSTANT>}, like {@code caseStatus.ALLOCATED}, in every language.
 */
public interface Labelled {

    String name();

    /** The GOV.UK tag colour ({@code blue}, {@code green}, {@code red}, {@code grey} ...), or empty for the default. */
    default String tagColour() {
        return "";
    }

    default String labelKey() {
        String type = this instanceof Enum<?> constant
                ? constant.getDeclaringClass().getSimpleName()
                : getClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + name();
    }

    default Message label() {
        return Message.of(labelKey());
    }
}
