package org.reassure.uploads.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.reassure.uploads.UploadProblem;

/**
 * Saves a fresh copy of a PDF without its document information (author, software, dates) or XMP metadata, on the
 * document, its pages or its images. A PDF that can run something (JavaScript, a launch action) or carries other files
 * (attachments, rich media, forms in XFA) is refused as hiding content; an encrypted or damaged one as unreadable.
 */
final class PdfStripper {

    private static final Set<COSName> ACTIVE = Set.of(
            COSName.JS,
            COSName.JAVA_SCRIPT,
            COSName.getPDFName("Launch"),
            COSName.EMBEDDED_FILES,
            COSName.EMBEDDED_FILE,
            COSName.getPDFName("FileAttachment"),
            COSName.getPDFName("RichMedia"),
            COSName.getPDFName("XFA"),
            COSName.getPDFName("SubmitForm"),
            COSName.getPDFName("ImportData"));

    private static final Set<COSName> METADATA =
            Set.of(COSName.METADATA, COSName.PIECE_INFO, COSName.getPDFName("LastModified"));

    private PdfStripper() {}

    static Stripped strip(byte[] content) throws Refusal {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw new Refusal(UploadProblem.UNREADABLE);
            }
            COSDictionary trailer = document.getDocument().getTrailer();
            trailer.removeItem(COSName.INFO);
            trailer.removeItem(COSName.ID);
            walk(trailer);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return new Stripped("application/pdf", out.toByteArray());
        } catch (IOException | RuntimeException broken) {
            throw new Refusal(UploadProblem.UNREADABLE);
        }
    }

    /** Visits every object reachable from the trailer: refuses active content, removes metadata. */
    private static void walk(COSDictionary trailer) throws Refusal {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(trailer);
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                for (COSName key : ACTIVE) {
                    if (dictionary.containsKey(key)) {
                        throw new Refusal(UploadProblem.HIDDEN_CONTENT);
                    }
                }
                for (COSName key : new COSName[] {COSName.S, COSName.TYPE, COSName.SUBTYPE}) {
                    if (dictionary.getDictionaryObject(key) instanceof COSName value && ACTIVE.contains(value)) {
                        throw new Refusal(UploadProblem.HIDDEN_CONTENT);
                    }
                }
                for (COSName key : METADATA) {
                    dictionary.removeItem(key);
                }
                for (COSBase value : dictionary.getValues()) {
                    pending.push(value);
                }
            } else if (next instanceof COSArray array) {
                for (COSBase value : array) {
                    pending.push(value);
                }
            }
        }
    }
}
