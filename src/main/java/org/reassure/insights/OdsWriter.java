package org.reassure.insights;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal OpenDocument spreadsheet (ODF 1.2): a zip whose first entry is the uncompressed {@code mimetype},
 * then {@code content.xml} with one table and {@code META-INF/manifest.xml}. Numbers are written as float
 * cells, everything else as text.
 */
final class OdsWriter {

    static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";

    private OdsWriter() {}

    static void write(OutputStream out, String sheetName, List<List<Object>> rows) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] mime = MIME.getBytes(StandardCharsets.US_ASCII);
        ZipEntry mimetype = new ZipEntry("mimetype");
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(mime.length);
        mimetype.setCompressedSize(mime.length);
        CRC32 crc = new CRC32();
        crc.update(mime);
        mimetype.setCrc(crc.getValue());
        zip.putNextEntry(mimetype);
        zip.write(mime);
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry("content.xml"));
        zip.write(content(sheetName, rows).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
        zip.write(("""
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.formatted(MIME)).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    private static String content(String sheetName, List<List<Object>> rows) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:spreadsheet>
                """);
        xml.append("<table:table table:name=\"").append(escape(sheetName)).append("\">");
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        xml.append("<table:table-column table:number-columns-repeated=\"")
                .append(columns)
                .append("\"/>");
        for (List<Object> row : rows) {
            xml.append("<table:table-row>");
            for (Object cell : row) {
                if (cell instanceof Number number) {
                    xml.append("<table:table-cell office:value-type=\"float\" office:value=\"")
                            .append(number)
                            .append("\"><text:p>")
                            .append(number)
                            .append("</text:p></table:table-cell>");
                } else {
                    xml.append("<table:table-cell office:value-type=\"string\"><text:p>")
                            .append(escape(cell == null ? "" : cell.toString()))
                            .append("</text:p></table:table-cell>");
                }
            }
            xml.append("</table:table-row>");
        }
        xml.append("</table:table></office:spreadsheet></office:body></office:document-content>");
        return xml.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
