package org.reassure.uploads;

/**
 * The outcome of {@link Uploads#check}: a file made safe to store, or the reason it is refused. The original bytes
 * are never part of an accepted upload: only the re-encoded, stripped content is.
 */
public sealed interface Upload {

    /**
     * A file to store: its cleaned name, its content type (read from the content, not the name), the content after
     * stripping, and what the scanner said ({@code CLEAN}, {@code NOT_SCANNED}, or {@code QUARANTINED} when the
     * scanner could not be reached: then the caller stores it held and registers a {@link QuarantinedFiles}).
     */
    record Accepted(String fileName, String contentType, byte[] content, ScanStatus scan) implements Upload {}

    /** A file refused, and why. */
    record Refused(UploadProblem problem) implements Upload {}
}
