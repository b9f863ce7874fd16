package org.reassure.synthetic.internal;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/** The generate command's progress: a bar and the rate on standard error, for the administrator running it. */
final class ProgressBar {

    private ProgressBar() {}

    /** Prints a progress bar and the rate on standard error (a line every tenth when it is not a terminal). */
    static IntConsumer of(int total, PrintStream err, boolean terminal) {
        long started = System.nanoTime();
        int[] lastTenth = {0};
        return done -> {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            int tenth = (int) (10L * done / total);
            if (!terminal && tenth == lastTenth[0] && done < total) {
                return;
            }
            lastTenth[0] = tenth;
            int width = 30;
            int filled = (int) ((long) width * done / total);
            String bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
            String line = String.format(
                    "%s %3d%% %,d of %,d cases, %,.0f cases/s", bar, 100L * done / total, done, total, done / seconds);
            err.print(
                    terminal
                            ? "\r" + line + (done >= total ? System.lineSeparator() : "")
                            : line + System.lineSeparator());
            err.flush();
        };
    }
}
