package org.reassure.platform;

/**
 * A module's part of the demo data set. Contributions run in {@link #order()} in one transaction,
 * only into an empty database, and only when demo data is allowed (see README).
 */
public interface DemoData {

    /** Lower runs first: units and accounts before the cases that name them. */
    int order();

    void load();
}
