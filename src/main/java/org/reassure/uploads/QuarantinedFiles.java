package org.reassure.uploads;

import java.util.List;
import java.util.UUID;

/**
 * A module that stores files and may hold some in quarantine implements this as a bean; this module's release task
 * finds every such bean and, when the scanner answers again, rescans what each holds and tells it the outcome.
 */
public interface QuarantinedFiles {

    /** A held file: its id in the owning module and its stripped content. */
    record Held(UUID id, byte[] content) {}

    /** Up to {@code limit} files held, oldest first, locked for this caller ({@code FOR UPDATE SKIP LOCKED}). */
    List<Held> held(int limit);

    /**
     * The outcome of a rescan: {@code CLEAN} or {@code NOT_SCANNED} makes the file openable; {@code INFECTED} removes
     * its content and keeps only the record that it was refused. Called in the transaction that locked the file.
     */
    void released(UUID id, ScanStatus outcome);

    /** How many files are held now, for the administration page. */
    int count();
}
