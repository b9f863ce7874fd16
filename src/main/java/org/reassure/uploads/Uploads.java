package org.reassure.uploads;

/**
 * Makes a file safe before a module stores it: reads its type from its content, strips its metadata by re-encoding
 * it, and scans it for malware. A refusal for malware is written to the audit log by this module.
 */
public interface Uploads {

    /** The largest file accepted, before stripping. */
    int MAX_BYTES = 10 * 1024 * 1024;

    /**
     * Checks, strips and scans one file. {@code where} names the place it was sent from for the audit log of a refusal
     * (for example {@code "public-report"} or {@code "case-evidence"}), never its content.
     */
    Upload check(String fileName, byte[] content, String where);

    /**
     * Scans content already stripped and held in quarantine: {@code CLEAN}, {@code INFECTED}, {@code NOT_SCANNED}
     * when no scanner is configured any more, or {@code QUARANTINED} while the scanner is still unreachable.
     */
    ScanStatus rescan(byte[] content);
}
