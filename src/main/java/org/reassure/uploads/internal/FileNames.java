package org.reassure.uploads.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The name a file is stored under: the last part of the name the browser sent, without paths or control characters. */
final class FileNames {

    private static final Pattern CONTROL =
            Pattern.compile("[\\p{Cc}]|[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final int LONGEST = 200;

    private FileNames() {}

    static String clean(String fileName) {
        if (fileName == null) {
            return "file";
        }
        String line = CONTROL.matcher(Normalizer.normalize(fileName, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
        String base = line.substring(Math.max(line.lastIndexOf('/'), line.lastIndexOf('\\')) + 1)
                .strip();
        if (base.isEmpty()) {
            return "file";
        }
        int length = base.codePointCount(0, base.length());
        return length > LONGEST ? base.substring(base.offsetByCodePoints(0, length - LONGEST)) : base;
    }

    /** The name with its extension replaced (or added), for a file stored as another type than it came. */
    static String withExtension(String name, String extension) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base + "." + extension;
    }
}
