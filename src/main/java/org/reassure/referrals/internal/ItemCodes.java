package org.reassure.referrals.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** How this module's tables hold items (a TEXT[] of codes), case references and times. */
final class ItemCodes {

    private ItemCodes() {}

    static String[] of(Collection<SharedItem> items) {
        return items.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    static Set<SharedItem> items(Array array) throws SQLException {
        Set<SharedItem> set = EnumSet.noneOf(SharedItem.class);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(SharedItem::valueOf).forEach(set::add);
        }
        return set;
    }

    static String reference(String reference) {
        return reference == null ? "" : reference.trim().toUpperCase();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
