package org.reassure.uploads.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The type a file's content really is, read from its first bytes, never from its name or the browser's claim. */
final class ContentTypes {

    private ContentTypes() {}

    /** The content type the bytes really are, when it is one we accept. */
    static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (startsWith(content, 'R', 'I', 'F', 'F')
                && content.length >= 12
                && new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
