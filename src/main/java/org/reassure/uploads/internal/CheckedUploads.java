package org.reassure.uploads.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;

import org.reassure.uploads.ScanStatus;
import org.reassure.uploads.Upload;
import org.reassure.uploads.UploadProblem;
import org.reassure.uploads.Uploads;

/** Checks a file's type from its content. */
@Service
class CheckedUploads implements Uploads {

    @Override
    public Upload check(String fileName, byte[] content, String where) {
        if (content.length == 0) {
            return new Upload.Refused(UploadProblem.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return new Upload.Refused(UploadProblem.TOO_LARGE);
        }
        Optional<String> type = ContentTypes.typeOf(content);
        if (type.isEmpty()) {
            return new Upload.Refused(UploadProblem.WRONG_TYPE);
        }
        return new Upload.Accepted(FileNames.clean(fileName), type.get(), content, ScanStatus.NOT_SCANNED);
    }

    @Override
    public ScanStatus rescan(byte[] content) {
        return ScanStatus.NOT_SCANNED;
    }
}
