package org.reassure.uploads.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.reassure.uploads.UploadProblem;

/**
 * Where an image's own structure ends, which of its parts are not the picture (metadata, comments, unknown chunks),
 * and its EXIF block if it has one: read from the bytes without decoding the picture, so that a file hiding something
 * after its end or in its metadata is found, and its orientation can be applied before its metadata is dropped.
 *
 * @param end the offset just past the image's last structure (its end marker)
 * @param metadata ranges {@code [from, to)} that hold no picture data
 * @param exif the EXIF block as TIFF bytes, or null
 */
record ImageLayout(int end, List<int[]> metadata, byte[] exif) {

    /** The layout of content already known to be of this type; a broken structure is {@code UNREADABLE}. */
    static ImageLayout of(String contentType, byte[] content) throws Refusal {
        try {
            return switch (contentType) {
                case "image/jpeg" -> jpeg(content);
                case "image/png" -> png(content);
                case "image/gif" -> gif(content);
                case "image/webp" -> webp(content);
                default -> throw new IllegalArgumentException(contentType);
            };
        } catch (ArrayIndexOutOfBoundsException truncated) {
            throw new Refusal(UploadProblem.UNREADABLE);
        }
    }

    /** Whether anything after the end, or inside the metadata, is the start of another kind of file. */
    boolean hidesAnotherFile(byte[] content) {
        if (end < content.length && HiddenFiles.in(content, end, content.length)) {
            return true;
        }
        return metadata.stream().anyMatch(range -> HiddenFiles.in(content, range[0], range[1]));
    }

    /** The EXIF orientation (1 to 8), 1 when there is none or it cannot be read. */
    int orientation() {
        return exif == null ? 1 : Exif.orientation(exif);
    }

    private static ImageLayout jpeg(byte[] c) throws Refusal {
        List<int[]> metadata = new ArrayList<>();
        byte[] exif = null;
        int i = 2;
        while (i < c.length) {
            if ((c[i] & 0xFF) != 0xFF) {
                throw new Refusal(UploadProblem.UNREADABLE);
            }
            while (i + 1 < c.length && (c[i + 1] & 0xFF) == 0xFF) {
                i++;
            }
            int marker = c[i + 1] & 0xFF;
            i += 2;
            if (marker == 0xD9) {
                return new ImageLayout(i, metadata, exif);
            }
            if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                continue;
            }
            int length = u16(c, i);
            if (length < 2) {
                throw new Refusal(UploadProblem.UNREADABLE);
            }
            int from = i + 2;
            int to = Math.min(c.length, i + length);
            if ((marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE) {
                metadata.add(new int[] {from, to});
                if (marker == 0xE1 && exif == null && startsWith(c, from, "Exif\0\0")) {
                    exif = java.util.Arrays.copyOfRange(c, from + 6, to);
                }
            }
            i += length;
            if (marker == 0xDA) {
                // The compressed picture: it ends at the first marker other than a stuffed 0xFF or a restart marker.
                while (i + 1 < c.length) {
                    int next = c[i + 1] & 0xFF;
                    if ((c[i] & 0xFF) == 0xFF && next != 0 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
                        break;
                    }
                    i++;
                }
            }
        }
        // No end marker: a truncated file, which the decoder may still read; nothing follows it.
        return new ImageLayout(c.length, metadata, exif);
    }

    private static ImageLayout png(byte[] c) throws Refusal {
        List<int[]> metadata = new ArrayList<>();
        byte[] exif = null;
        int i = 8;
        while (i + 8 <= c.length) {
            long length = u32(c, i);
            String type = new String(c, i + 4, 4, StandardCharsets.ISO_8859_1);
            int from = i + 8;
            long next = from + length + 4;
            if (length > Integer.MAX_VALUE || next > c.length) {
                throw new Refusal(UploadProblem.UNREADABLE);
            }
            int to = (int) (from + length);
            if (type.equals("IEND")) {
                return new ImageLayout((int) next, metadata, exif);
            }
            if (Character.isLowerCase(type.charAt(0))) {
                metadata.add(new int[] {from, to});
                if (type.equals("eXIf")) {
                    exif = java.util.Arrays.copyOfRange(c, from, to);
                }
            }
            i = (int) next;
        }
        throw new Refusal(UploadProblem.UNREADABLE);
    }

    private static ImageLayout gif(byte[] c) throws Refusal {
        List<int[]> metadata = new ArrayList<>();
        int i = 13;
        if ((c[10] & 0x80) != 0) {
            i += 3 * (1 << ((c[10] & 0x07) + 1));
        }
        while (i < c.length) {
            int block = c[i] & 0xFF;
            if (block == 0x3B) {
                return new ImageLayout(i + 1, metadata, null);
            }
            if (block == 0x21) {
                int label = c[i + 1] & 0xFF;
                int from = i + 2;
                i = subBlocks(c, from);
                if (label != 0xF9) {
                    metadata.add(new int[] {from, i});
                }
            } else if (block == 0x2C) {
                int flags = c[i + 9] & 0xFF;
                i += 10;
                if ((flags & 0x80) != 0) {
                    i += 3 * (1 << ((flags & 0x07) + 1));
                }
                i = subBlocks(c, i + 1);
            } else {
                throw new Refusal(UploadProblem.UNREADABLE);
            }
        }
        // No trailer: a truncated file, which the decoder may still read.
        return new ImageLayout(c.length, metadata, null);
    }

    private static int subBlocks(byte[] c, int i) {
        while (i < c.length) {
            int size = c[i] & 0xFF;
            i += 1 + size;
            if (size == 0) {
                break;
            }
        }
        return Math.min(i, c.length);
    }

    private static ImageLayout webp(byte[] c) throws Refusal {
        long riff = u32le(c, 4);
        if (riff + 8 > c.length || riff < 4) {
            throw new Refusal(UploadProblem.UNREADABLE);
        }
        int end = (int) (riff + 8);
        List<int[]> metadata = new ArrayList<>();
        byte[] exif = null;
        int i = 12;
        while (i + 8 <= end) {
            String type = new String(c, i, 4, StandardCharsets.ISO_8859_1);
            long size = u32le(c, i + 4);
            int from = i + 8;
            if (from + size > end) {
                throw new Refusal(UploadProblem.UNREADABLE);
            }
            int to = (int) (from + size);
            if (!type.equals("VP8 ")
                    && !type.equals("VP8L")
                    && !type.equals("VP8X")
                    && !type.equals("ALPH")
                    && !type.equals("ANIM")
                    && !type.equals("ANMF")
                    && !type.equals("ICCP")) {
                metadata.add(new int[] {from, to});
                if (type.equals("EXIF")) {
                    int start = startsWith(c, from, "Exif\0\0") ? from + 6 : from;
                    exif = java.util.Arrays.copyOfRange(c, start, to);
                }
            }
            i = to + (int) (size & 1);
        }
        return new ImageLayout(end, metadata, exif);
    }

    private static boolean startsWith(byte[] c, int at, String text) {
        byte[] prefix = text.getBytes(StandardCharsets.ISO_8859_1);
        if (at + prefix.length > c.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (c[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] c, int i) {
        return ((c[i] & 0xFF) << 8) | (c[i + 1] & 0xFF);
    }

    private static long u32(byte[] c, int i) {
        return ((long) (c[i] & 0xFF) << 24) | ((c[i + 1] & 0xFF) << 16) | ((c[i + 2] & 0xFF) << 8) | (c[i + 3] & 0xFF);
    }

    private static long u32le(byte[] c, int i) {
        return ((long) (c[i + 3] & 0xFF) << 24) | ((c[i + 2] & 0xFF) << 16) | ((c[i + 1] & 0xFF) << 8) | (c[i] & 0xFF);
    }
}
