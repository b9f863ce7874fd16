package org.reassure.identity;

/** A force has no parent; borough or command units sit below a force; teams sit below a borough. */
public enum UnitKind {
    FORCE("Force"),
    BOROUGH("Borough or command unit"),
    TEAM("Team");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
