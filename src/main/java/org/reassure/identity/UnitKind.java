package org.reassure.identity;

import org.reassure.platform.Labelled;

/**
 * A force has no parent; borough or command units sit below a force; teams sit below a borough. Labels:
 * {@code unitKind.KIND}.
 */
public enum UnitKind implements Labelled {
    FORCE,
    BOROUGH,
    TEAM;

    /** The kind of a unit placed below this parent, or of a force when there is no parent. */
    public static UnitKind below(Unit parent) {
        return parent == null ? FORCE : parent.kind() == FORCE ? BOROUGH : TEAM;
    }
}
