package org.reassure.uploads.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.uploads.ScanStatus;
import org.reassure.uploads.Upload;
import org.reassure.uploads.UploadProblem;
import org.reassure.uploads.Uploads;

/**
 * Checks a file in this order: not empty nor too large; scanned as it came (malware is refused and audited); its type
 * read from its content (HEIC named as such); re-encoded without its metadata. When the scanner cannot be reached the
 * file is still checked and stripped, and accepted as {@code QUARANTINED} for the caller to hold.
 */
@Service
class CheckedUploads implements Uploads {

    /** The record type of audit entries for refused uploads. */
    static final String AUDIT_RECORD = "upload";

    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1");

    private final ClamAvClient scanner;
    private final AuditLog audit;

    CheckedUploads(ClamAvClient scanner, AuditLog audit) {
        this.scanner = scanner;
        this.audit = audit;
    }

    @Override
    public Upload check(String fileName, byte[] content, String where) {
        if (content.length == 0) {
            return new Upload.Refused(UploadProblem.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return new Upload.Refused(UploadProblem.TOO_LARGE);
        }
        ClamAvClient.Result scan = scanner.scan(content);
        if (scan.verdict() == ClamAvClient.Verdict.INFECTED) {
            audit.record(
                    AuditAction.COLLECTION,
                    AUDIT_RECORD,
                    where,
                    null,
                    AuditOutcome.DENIED,
                    "Refused: malware found (" + scan.signature() + ")");
            return new Upload.Refused(UploadProblem.INFECTED);
        }
        if (isHeif(content)) {
            return new Upload.Refused(UploadProblem.HEIC);
        }
        Optional<String> type = ContentTypes.typeOf(content);
        if (type.isEmpty()) {
            return new Upload.Refused(UploadProblem.WRONG_TYPE);
        }
        Stripped stripped;
        try {
            stripped = strip(type.get(), content);
        } catch (Refusal refusal) {
            return new Upload.Refused(refusal.problem());
        }
        String name = FileNames.clean(fileName);
        if (!stripped.contentType().equals(type.get())) {
            name = FileNames.clean(FileNames.withExtension(name, "png"));
        }
        return new Upload.Accepted(name, stripped.contentType(), stripped.content(), status(scan.verdict()));
    }

    @Override
    public ScanStatus rescan(byte[] content) {
        return status(scanner.scan(content).verdict());
    }

    static Stripped strip(String type, byte[] content) throws Refusal {
        return type.equals("application/pdf") ? PdfStripper.strip(content) : ImageStripper.strip(type, content);
    }

    private static ScanStatus status(ClamAvClient.Verdict verdict) {
        return switch (verdict) {
            case CLEAN -> ScanStatus.CLEAN;
            case INFECTED -> ScanStatus.INFECTED;
            case UNAVAILABLE -> ScanStatus.QUARANTINED;
            case NOT_CONFIGURED -> ScanStatus.NOT_SCANNED;
        };
    }

    /** A HEIC or HEIF photo: an ISO media file ({@code ftyp} box) whose brand is one of HEIF's. */
    static boolean isHeif(byte[] content) {
        if (content.length < 12 || !new String(content, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
            return false;
        }
        return HEIF_BRANDS.contains(new String(content, 8, 4, StandardCharsets.ISO_8859_1));
    }
}
