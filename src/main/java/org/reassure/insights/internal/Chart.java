package org.reassure.insights.internal;

import java.util.ArrayList;
import java.util.List;

import org.reassure.platform.Message;

/**
 * A horizontal bar chart drawn on the server as SVG (role="img" with a title and a description), always shown with
 * the table of its figures, so it needs no JavaScript and a screen reader loses nothing. Titles and descriptions are
 * messages; a bar's label is a message or data (a unit's name, a strand's name).
 */
public record Chart(
        String id, Message title, Message description, Message valueHeading, List<Bar> bars, int width, int height) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_SPACE = 330;
    static final int ROW = 26;

    /** One bar: its label, its figure as shown, and its geometry. */
    public record Bar(Object label, long value, String shown, int x, int y, int barWidth, int textX, int textY) {}

    /** A bar's label and figure before layout; {@code shown} is the figure as people read it. */
    public record Row(Object label, long value, String shown) {}

    static Row row(Object label, long value) {
        return new Row(label, value, String.format("%,d", value));
    }

    /** A chart whose texts are the messages {@code insights.chart.<id>.title} and {@code .description}. */
    static Chart of(String id, String valueHeadingKey, List<Row> rows, Object... descriptionArgs) {
        String titleKey = "insights.chart." + id + ".title";
        String descriptionKey = "insights.chart." + id + ".description";
        return of(
                id,
                Message.of(titleKey),
                Message.of(descriptionKey, descriptionArgs),
                Message.of(valueHeadingKey),
                rows);
    }

    static Chart of(String id, Message title, Message description, Message valueHeading, List<Row> rows) {
        long max = rows.stream().mapToLong(Row::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Row row : rows) {
            int w = max == 0 ? 0 : (int) Math.round((double) row.value() * BAR_SPACE / max);
            bars.add(
                    new Bar(row.label(), row.value(), row.shown(), LABEL_WIDTH, y + 4, w, LABEL_WIDTH + w + 6, y + 18));
            y += ROW;
        }
        return new Chart(id, title, description, valueHeading, bars, LABEL_WIDTH + BAR_SPACE + 80, Math.max(y, ROW));
    }

    public boolean empty() {
        return bars.stream().allMatch(b -> b.value() == 0);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
