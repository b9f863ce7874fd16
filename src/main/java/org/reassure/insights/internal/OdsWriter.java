package org.reassure.insights.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import com.github.jferard.fastods.AnonymousOdsFileWriter;
import com.github.jferard.fastods.OdsFactory;
import com.github.jferard.fastods.RowCellWalker;
import com.github.jferard.fastods.Table;
import com.github.jferard.fastods.Text;
import com.github.jferard.fastods.util.XMLUtil;

/**
 * An OpenDocument spreadsheet of one table, written by FastODS. Numbers are float cells, everything else text.
 * Each cell also carries its text as a paragraph ({@code text:p}), as LibreOffice writes it, so that readers that
 * only read the text see every figure.
 *
 * <p>XML 1.0 cannot carry most control characters, and FastODS writes them as the six letters {@code \uFFFD}: so
 * every control character other than tab, line feed and carriage return (U+0000 to U+001F and U+007F to U+009F),
 * U+FFFE, U+FFFF and a half of a surrogate pair left on its own become U+FFFD, the replacement character, before
 * FastODS sees them. The cell still shows that something was there, and the file stays valid.
 */
public final class OdsWriter {

    public static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";

    private static final Logger LOG = Logger.getLogger(OdsWriter.class.getName());
    private static final XMLUtil XML = XMLUtil.create();

    private OdsWriter() {}

    public static void write(OutputStream out, String sheetName, List<? extends List<?>> rows) throws IOException {
        AnonymousOdsFileWriter writer = OdsFactory.create(LOG, Locale.UK).createWriter();
        Table table = writer.document().addTable(clean(sheetName));
        for (List<?> row : rows) {
            RowCellWalker cell = table.nextRow().getWalker();
            for (int column = 0; column < row.size(); column++) {
                if (column > 0) {
                    cell.next();
                }
                Object value = row.get(column);
                if (value instanceof Number number) {
                    cell.setText(Text.content(number.toString()));
                    cell.setFloatValue(number);
                } else {
                    String text = clean(value == null ? "" : value.toString());
                    // FastODS writes a paragraph's text as it is given: escape it here (a carriage return too, which
                    // XML would otherwise read as a line feed).
                    cell.setText(Text.content(XML.escapeXMLContent(text).replace("\r", "&#xD;")));
                    cell.setStringValue(text);
                }
            }
        }
        writer.save(out);
    }

    /** The text with every character XML cannot carry, and every control character but tab, LF and CR, as U+FFFD. */
    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r') {
                clean.append(c);
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                clean.append('\uFFFD');
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
