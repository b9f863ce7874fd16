package org.reassure.reporting.internal;

import java.util.Locale;

/** A file's size as people read it, the same in English and Welsh: "2.4 MB", or "310 KB" (at least 1 KB). */
public final class FileSizes {

    private static final int MEGABYTE = 1024 * 1024;

    private FileSizes() {}

    public static String inWords(int bytes) {
        return bytes >= MEGABYTE
                ? String.format(Locale.UK, "%.1f MB", bytes / (double) MEGABYTE)
                : Math.max(1, bytes / 1024) + " KB";
    }
}
