package org.reassure.care;

import org.reassure.platform.Labelled;
import org.reassure.platform.Message;

/** How the victim was contacted. Labels: {@code contactChannel.*}. */
public enum ContactChannel implements Labelled {
    PHONE,
    IN_PERSON,
    EMAIL,
    LETTER,
    MESSAGE;

    /** The channel inside a sentence ("contact by phone"), in lower case where the language has it. */
    public Message inSentence() {
        String key = "care.field.channel." + name();
        return Message.of(key);
    }
}
