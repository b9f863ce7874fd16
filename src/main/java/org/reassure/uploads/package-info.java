/**
 * Uploads: every file a person gives Reassure (a reporter's evidence, a file an officer adds to a case) is made safe
 * here before any module stores it. Its type is read from its content; an image is re-encoded without its metadata
 * (EXIF, GPS, XMP, IPTC, comments) and a PDF loses its document metadata, so that nothing in the stored file gives away
 * where or on which device it was made; then ClamAV scans it for malware. A file that cannot be scanned because the
 * scanner is unreachable is held in quarantine by the module that stores it and released by a task of this module
 * when the scanner answers again. Its API: {@code Uploads}, {@code Upload}, {@code UploadProblem}, {@code ScanStatus}
 * and {@code QuarantinedFiles}. The administration page is in {@code web}, the rest in {@code internal}.
 */
@ApplicationModule(
        displayName = "Uploads",
        allowedDependencies = {"platform", "audit", "identity"})
package org.reassure.uploads;

import org.springframework.modulith.ApplicationModule;
