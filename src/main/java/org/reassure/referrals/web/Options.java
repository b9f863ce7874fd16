package org.reassure.referrals.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.reassure.platform.Choice;
import org.reassure.referrals.internal.Organisation;
import org.reassure.referrals.internal.SharedItem;

/** Turning what a form posts into values, and values into a form's options. */
final class Options {

    private Options() {}

    /** The organisations to choose from, named as the directory names them. */
    static List<Choice> organisations(Collection<Organisation> organisations) {
        return organisations.stream().map(o -> Choice.data(o.code(), o.name())).toList();
    }

    /** The items ticked; codes that are not items are left out (a browser posts only the form's own). */
    static Set<SharedItem> items(List<String> codes) {
        Set<SharedItem> items = EnumSet.noneOf(SharedItem.class);
        for (String code : codes(codes)) {
            for (SharedItem item : SharedItem.values()) {
                if (item.name().equals(code)) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** The values of a group of checkboxes, each posted once (or, from a script, several in one separated by commas). */
    static List<String> codes(List<String> values) {
        List<String> codes = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value == null ? new String[0] : value.split(",")) {
                if (!part.isBlank()) {
                    codes.add(part.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        return codes;
    }

    /** One constant of an enum, or null for nothing or something that is not one. */
    static <E extends Enum<E>> E option(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static boolean yes(String value) {
        return "yes".equals(value);
    }
}
