package org.reassure.spikes.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a small server-rendered SVG chart of one series: a bar for each day's count (darker on
 * the days flagged), a line for the expected level and a dashed line for the threshold. The page shows the
 * same figures in a table, so the chart itself is one image with a text description (of its first and last days).
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
        List<DayTick> xTicks,
        Integer startX,
        LocalDate firstDay,
        LocalDate lastDay) {

    public record Bar(double x, double y, double width, double height, boolean flagged) {}

    /** A label at a position along its axis. */
    public record Tick(double at, String label) {}

    /** A day at a position along the time axis, its label written in the page's language. */
    public record DayTick(double at, LocalDate day) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int TOP = 10;
    private static final int RIGHT = 10;
    private static final int BOTTOM = 30;

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
        List<DayTick> xTicks = new ArrayList<>();
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
                xTicks.add(new DayTick(centre, day.day()));
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
                days.isEmpty() ? null : days.get(0).day(),
                days.isEmpty() ? null : days.get(days.size() - 1).day());
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
