package org.reassure.uploads.internal;

/** Reads the one EXIF field the service keeps the effect of: the orientation, applied to the pixels before stripping. */
final class Exif {

    private static final int ORIENTATION = 0x0112;

    private Exif() {}

    /** The orientation in a TIFF-structured EXIF block, 1 (as stored) when absent or unreadable. */
    static int orientation(byte[] tiff) {
        try {
            boolean little;
            if (tiff[0] == 'I' && tiff[1] == 'I') {
                little = true;
            } else if (tiff[0] == 'M' && tiff[1] == 'M') {
                little = false;
            } else {
                return 1;
            }
            int ifd = (int) u32(tiff, 4, little);
            int entries = u16(tiff, ifd, little);
            for (int n = 0; n < entries; n++) {
                int entry = ifd + 2 + 12 * n;
                if (u16(tiff, entry, little) == ORIENTATION) {
                    int value = u16(tiff, entry + 8, little);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException broken) {
            return 1;
        }
    }

    private static int u16(byte[] b, int i, boolean little) {
        return little ? (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) : ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    private static long u32(byte[] b, int i, boolean little) {
        return little
                ? (u16(b, i, true) & 0xFFFFL) | ((long) u16(b, i + 2, true) << 16)
                : ((long) u16(b, i, false) << 16) | u16(b, i + 2, false);
    }
}
