package org.reassure.uploads;

/**
 * Why a file was refused; each has its message for the person who sent it, {@code uploads.problem.<PROBLEM>}, which
 * says what to do instead.
 */
public enum UploadProblem {
    /** The file has no content. */
    EMPTY,
    /** Larger than {@link Uploads#MAX_BYTES}. */
    TOO_LARGE,
    /** Its content is none of the accepted types (JPEG, PNG, GIF, WebP, PDF), whatever its name says. */
    WRONG_TYPE,
    /** It starts like an accepted type but cannot be read as one (damaged, or a disguised file). */
    UNREADABLE,
    /** An image whose size in pixels is too large to open safely (a decompression bomb). */
    TOO_MANY_PIXELS,
    /** It is also another kind of file hidden inside an accepted one (a polyglot), or a PDF with scripts or attachments. */
    HIDDEN_CONTENT,
    /** A HEIC or HEIF photo, which the service cannot yet read safely: the person is asked for a JPEG instead. */
    HEIC,
    /** ClamAV found malware in it. */
    INFECTED
}
