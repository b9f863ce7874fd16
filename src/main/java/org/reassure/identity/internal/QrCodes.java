package org.reassure.identity.internal;

import io.nayuki.qrcodegen.QrCode;

/** QR codes drawn on the server as inline SVG, so the page needs no script and no image from elsewhere. */
public final class QrCodes {

    private static final int BORDER = 4;

    private QrCodes() {}

    /** An SVG of the QR code for this text, with the given accessible name. The text must be safe to put in XML. */
    public static String svg(String text, String title) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + BORDER)
                            .append(',')
                            .append(y + BORDER)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"reassure-qr-code\" role=\"img\" width=\"240\""
                + " height=\"240\" viewBox=\"0 0 " + size + " " + size + "\" aria-labelledby=\"qr-title\">"
                + "<title id=\"qr-title\">" + escape(title) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
