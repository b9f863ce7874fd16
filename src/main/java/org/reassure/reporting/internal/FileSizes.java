package org.reassure.reporting.internal;

import org.reassure.platform.Formats;

/** A file's size as people read it, the same in English and Welsh: "2.4 MB", or "310 KB" (at least 1 KB). */
public final class FileSizes {

    private FileSizes() {}

    public static String inWords(int bytes) {
        return Formats.fileSize(bytes);
    }
}
