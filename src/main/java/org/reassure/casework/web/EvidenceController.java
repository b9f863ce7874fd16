package org.reassure.casework.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.Cases;
import org.reassure.casework.internal.CaseRules;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.NotFound;
import org.reassure.reporting.ReportEvidence;
import org.reassure.uploads.ScanStatus;

/** The evidence files sent with a report, for the people who may see its case. */
@Controller
@RequestMapping("/cases")
class EvidenceController {

    private final Cases cases;
    private final ReportEvidence evidence;

    EvidenceController(Cases cases, ReportEvidence evidence) {
        this.cases = cases;
        this.evidence = evidence;
    }

    /** One evidence file, as an attachment: never shown inline, so a file can do nothing in the browser. */
    @GetMapping("/{reference}/evidence/{file}")
    @Audited(action = AuditAction.DISCLOSURE, record = "case-evidence", id = "reference")
    ResponseEntity<byte[]> evidence(@PathVariable String reference, @PathVariable UUID file) {
        cases.header(CurrentStaff.require(), reference);
        ReportEvidence.File found = evidence.open(CaseRules.normalise(reference), file)
                .orElseThrow(() -> new NotFound("casework.problem.noSuchFile"));
        return attachment(found);
    }

    /** A file as an attachment with its checked type, never cached: on the page and through the API. */
    static ResponseEntity<byte[]> attachment(ReportEvidence.File found) {
        if (found.content() == null) {
            // Waiting to be scanned, or found infected: listed, never opened.
            throw new ConflictingState(
                    found.info().scanStatus() == ScanStatus.INFECTED
                            ? "casework.problem.fileNotOpenable.INFECTED"
                            : "casework.problem.fileNotOpenable.QUARANTINED");
        }
        return attachment(found.info().fileName(), found.info().contentType(), found.content());
    }

    /** Any file as an attachment: the report's and those officers added. */
    static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Cache-Control", "no-store")
                .body(content);
    }
}
