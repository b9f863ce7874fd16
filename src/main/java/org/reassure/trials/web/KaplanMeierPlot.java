package org.reassure.trials.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.reassure.platform.Message;
import org.reassure.trials.internal.statistics.KaplanMeier;

/**
 * The geometry of a server-drawn Kaplan-Meier plot (an SVG the template fills in): one step path per arm, the
 * axes' ticks, all in the SVG's own units. No script: the plot is an image with a title, a description and the
 * same numbers in a table beside it.
 */
public record KaplanMeierPlot(
        int width,
        int height,
        int left,
        int top,
        int right,
        int bottom,
        String controlPath,
        String treatmentPath,
        List<Tick> xTicks,
        List<Tick> yTicks,
        Message description) {

    /** A tick on an axis: its position in SVG units and its label. */
    public record Tick(double at, String label) {}

    private static final int WIDTH = 640;
    private static final int HEIGHT = 340;
    private static final int LEFT = 60;
    private static final int RIGHT = 620;
    private static final int TOP = 20;
    private static final int BOTTOM = 290;

    static KaplanMeierPlot of(KaplanMeier control, KaplanMeier treatment, int followUpDays) {
        double maxTime = Math.max(followUpDays, Math.max(last(control), last(treatment)));
        List<Tick> xTicks = new ArrayList<>();
        int step = niceStep(maxTime);
        for (int day = 0; day <= maxTime; day += step) {
            xTicks.add(new Tick(x(day, maxTime), String.valueOf(day)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            yTicks.add(new Tick(y(percent / 100.0), percent + "%"));
        }
        KaplanMeier.Step controlEnd = end(control);
        KaplanMeier.Step treatmentEnd = end(treatment);
        Message description = Message.of(
                "trials.results.plot.description",
                whole(controlEnd.survival() * 100),
                whole(controlEnd.time()),
                whole(treatmentEnd.survival() * 100),
                whole(treatmentEnd.time()));
        return new KaplanMeierPlot(
                WIDTH,
                HEIGHT,
                LEFT,
                TOP,
                RIGHT,
                BOTTOM,
                path(control, maxTime),
                path(treatment, maxTime),
                xTicks,
                yTicks,
                description);
    }

    private static KaplanMeier.Step end(KaplanMeier curve) {
        return curve.steps().get(curve.steps().size() - 1);
    }

    private static String whole(double value) {
        return String.format(Locale.UK, "%.0f", value);
    }

    private static double last(KaplanMeier curve) {
        return curve.steps().get(curve.steps().size() - 1).time();
    }

    private static String path(KaplanMeier curve, double maxTime) {
        StringBuilder path = new StringBuilder(String.format(Locale.ROOT, "M%.1f %.1f", x(0, maxTime), y(1)));
        for (KaplanMeier.Step step : curve.steps()) {
            path.append(String.format(Locale.ROOT, " H%.1f V%.1f", x(step.time(), maxTime), y(step.survival())));
        }
        path.append(String.format(Locale.ROOT, " H%.1f", x(last(curve), maxTime)));
        return path.toString();
    }

    private static int niceStep(double maxTime) {
        for (int step : new int[] {1, 2, 5, 7, 10, 14, 20, 28, 30, 50, 60, 90, 100, 180, 365}) {
            if (maxTime / step <= 8) {
                return step;
            }
        }
        return 365;
    }

    private static double x(double time, double maxTime) {
        return LEFT + (RIGHT - LEFT) * (maxTime == 0 ? 0 : time / maxTime);
    }

    private static double y(double survival) {
        return BOTTOM - (BOTTOM - TOP) * survival;
    }
}
