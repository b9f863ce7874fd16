package org.reassure.referrals.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.reassure.platform.Labelled;
import org.reassure.platform.Message;

/** A piece of the victim's information that a consent may allow to be shared with a support organisation. */
public enum SharedItem implements Labelled {
    NAME,
    PHONE,
    EMAIL,
    PREFERRED_CONTACT,
    LANGUAGE,
    ACCESS_NEEDS,
    HATE_TYPE,
    SUPPORT_NEEDS;

    /** What "the police may pass my details to a support organisation" in the report covers: the victim's details, not the crime. */
    public static final Set<SharedItem> REPORT_CONSENT =
            EnumSet.of(NAME, PHONE, EMAIL, PREFERRED_CONTACT, LANGUAGE, ACCESS_NEEDS);

    public String code() {
        return name();
    }

    /** The labels of these items, in the order of the form. */
    public static List<Message> labels(Collection<SharedItem> items) {
        return items.stream().sorted().map(SharedItem::label).toList();
    }

    /** The labels of these items as one list in a sentence ("Name, Phone number"), in the person's language. */
    public static Message listed(Collection<SharedItem> items) {
        return listed(labels(items));
    }

    private static Message listed(List<Message> labels) {
        if (labels.isEmpty()) {
            return Message.of("referrals.items.none");
        }
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return Message.of("referrals.list", labels.get(0), listed(labels.subList(1, labels.size())));
    }
}
