package org.reassure.uploads.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Signs of another file inside an accepted one (a polyglot): the first bytes of archives, programs, documents and
 * scripts. Searched for in the parts of a file that are not its picture (metadata, comments, whatever follows its
 * end), never in the compressed picture itself, where any short run of bytes can occur by chance. Every signature is
 * at least four bytes long, so that an EXIF thumbnail (tens of kilobytes of compressed data inside the metadata) is
 * not mistaken for one but very rarely.
 */
final class HiddenFiles {

    private static final List<byte[]> SIGNATURES = List.of(
            bytes(0x50, 0x4B, 0x03, 0x04), // ZIP (also Office documents, JAR, APK)
            bytes(0x50, 0x4B, 0x05, 0x06), // empty ZIP
            bytes(0x50, 0x4B, 0x07, 0x08), // spanned ZIP
            ascii("Rar!\u001A\u0007"),
            bytes(0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C), // 7-Zip
            bytes(0x1F, 0x8B, 0x08, 0x00), // gzip
            bytes(0x7F, 'E', 'L', 'F'),
            ascii("%PDF-"),
            bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), // old Office documents
            ascii("<script"),
            ascii("<?php"),
            ascii("<html"),
            ascii("<svg"),
            ascii("<!doctype"),
            ascii("#!/bin/"),
            ascii("#!/usr/"));

    private HiddenFiles() {}

    /** Whether {@code content[from, to)} holds the start of another file. */
    static boolean in(byte[] content, int from, int to) {
        int end = Math.min(to, content.length);
        for (int i = Math.max(0, from); i < end; i++) {
            for (byte[] signature : SIGNATURES) {
                if (matches(content, i, end, signature)) {
                    return true;
                }
            }
        }
        // A Windows program: "MZ" then, at the offset it names, "PE\0\0".
        return end - from >= 2 && content[from] == 'M' && content[from + 1] == 'Z';
    }

    private static boolean matches(byte[] content, int at, int end, byte[] signature) {
        if (end - at < signature.length) {
            return false;
        }
        for (int j = 0; j < signature.length; j++) {
            byte b = content[at + j];
            byte s = signature[j];
            if (b != s && !(s >= 'a' && s <= 'z' && b == s - 32)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
