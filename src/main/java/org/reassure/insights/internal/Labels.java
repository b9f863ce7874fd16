package org.reassure.insights.internal;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Names of case work's data as people read them, in their language where the bundles have one. */
public final class Labels {

    private Labels() {}

    /** A strand's name: case work's message {@code strand.<CODE>}, or the name case work stores until there is one. */
    public static MessageSourceResolvable strand(String code, String storedName) {
        return new DefaultMessageSourceResolvable(new String[] {"strand." + code}, storedName);
    }
}
