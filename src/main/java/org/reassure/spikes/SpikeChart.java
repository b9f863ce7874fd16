package org.reassure.spikes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a small server-rendered SVG chart of one series: a bar for each day's count (darker on
 * the days flagged), a line for the expected level and a dashed line for the threshold. The page shows the
 * same figures in a table, so the chart itself is one image with a text description.
 */
public record SpikeChart(
        int width,
        int height,
        int left,
        int top,
        int plotWidth,
        int plotHeight,
        List<Bar> bars,
        String expectedLine,
        String thresholdLine,
        List<Tick> yTicks,
        List<Tick> xTicks,
        Integer startX,
        String description) {

    public record Bar(double x, double y, double width, double height, boolean flagged) {}

    /** A label at a position along its axis. */
    public record Tick(double at, String label) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int TOP = 10;
    private static final int RIGHT = 10;
    private static final int BOTTOM = 30;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static SpikeChart of(List<SpikeAlerts.Day> days, LocalDate startedOn) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double max = 1;
        for (SpikeAlerts.Day day : days) {
            max = Math.max(max, day.observed());
            if (day.expected() != null) {
                max = Math.max(max, day.expected());
            }
            if (day.threshold() != null) {
                max = Math.max(max, day.threshold());
            }
        }
        int top = niceTop(max);
        int n = Math.max(1, days.size());
        double slot = (double) plotWidth / n;
        List<Bar> bars = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        StringBuilder threshold = new StringBuilder();
        List<Tick> xTicks = new ArrayList<>();
        Integer startX = null;
        for (int i = 0; i < days.size(); i++) {
            SpikeAlerts.Day day = days.get(i);
            double x = LEFT + i * slot;
            double h = plotHeight * day.observed() / (double) top;
            bars.add(new Bar(
                    round(x + slot * 0.15), round(TOP + plotHeight - h), round(slot * 0.7), round(h), day.flagged()));
            double centre = round(x + slot / 2);
            if (day.expected() != null) {
                expected.append(centre)
                        .append(',')
                        .append(round(TOP + plotHeight * (1 - day.expected() / top)))
                        .append(' ');
            }
            if (day.threshold() != null) {
                threshold
                        .append(centre)
                        .append(',')
                        .append(round(TOP + plotHeight * (1 - Math.min(top, day.threshold()) / (double) top)))
                        .append(' ');
            }
            if (i % 7 == 0) {
                xTicks.add(new Tick(centre, SHORT.format(day.day())));
            }
            if (day.day().equals(startedOn)) {
                startX = (int) Math.round(x);
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        int step = Math.max(1, top / 4);
        for (int value = 0; value <= top; value += step) {
            yTicks.add(new Tick(round(TOP + plotHeight * (1 - value / (double) top)), String.valueOf(value)));
        }
        String description = days.isEmpty()
                ? "No days have been checked for this series yet."
                : "Cases each day from " + LONG.format(days.get(0).day()) + " to "
                        + LONG.format(days.get(days.size() - 1).day())
                        + " as bars, the expected level as a line and the threshold for a significant rise as a dashed line. "
                        + "The same figures are in the table below.";
        return new SpikeChart(
                WIDTH,
                HEIGHT,
                LEFT,
                TOP,
                plotWidth,
                plotHeight,
                bars,
                expected.toString().strip(),
                threshold.toString().strip(),
                yTicks,
                xTicks,
                startX,
                description);
    }

    public int bottom() {
        return top + plotHeight;
    }

    public int right() {
        return left + plotWidth;
    }

    private static int niceTop(double max) {
        int top = (int) Math.ceil(max);
        if (top <= 4) {
            return 4;
        }
        int step = top <= 20 ? 4 : top <= 60 ? 10 : top <= 200 ? 40 : 100;
        return (top + step - 1) / step * step;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static String oneDecimal(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }
}
