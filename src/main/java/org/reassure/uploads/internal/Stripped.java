package org.reassure.uploads.internal;

/** Content re-encoded without its metadata, and the type it is now (a GIF or WebP becomes a PNG). */
record Stripped(String contentType, byte[] content) {}
