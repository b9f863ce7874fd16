package org.reassure.insights.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cell suppression for a two-way table of counts published with its row totals, column totals and grand
 * total.
 * <p>
 * Primary suppression hides every count from 1 to {@code threshold - 1} (totals included). Secondary
 * suppression then hides more cells until:
 * <ol>
 * <li>no line (row or column, totals included) has exactly one hidden cell, and in every line whose total is
 * published the hidden cells add up to at least {@code threshold}, so a total never shows that what is hidden
 * is small (and never that it is all zero);</li>
 * <li>no hidden cell can be worked out from the published figures by any combination of additions and
 * subtractions. Writing each total with a minus sign, every row and column of the extended table sums to
 * zero, so the hidden cells are the edges of a bipartite graph (rows to columns) and the published figures
 * fix each line's hidden sum. A hidden cell is then determined exactly when its edge is a bridge (lies on no
 * cycle); every bridge is closed into a cycle by hiding the cheapest rectangle through it.</li>
 * </ol>
 * Zeros are published: they say nothing about a person.
 */
final class DisclosureControl {

    static final int THRESHOLD = 5;

    private DisclosureControl() {}

    /** A protected table: {@code values} and {@code hidden} are (rows + 1) by (columns + 1); the last row and column are totals. */
    record Protected(long[][] values, boolean[][] hidden) {

        int rows() {
            return values.length;
        }

        int columns() {
            return values[0].length;
        }

        /** The published figure, or null where it is suppressed. */
        Long published(int row, int column) {
            return hidden[row][column] ? null : values[row][column];
        }
    }

    static Protected protect(long[][] interior) {
        return protect(interior, THRESHOLD);
    }

    static Protected protect(long[][] interior, int threshold) {
        int r = interior.length;
        int c = r == 0 ? 0 : interior[0].length;
        long[][] v = new long[r + 1][c + 1];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                if (interior[i][j] < 0) {
                    throw new IllegalArgumentException("Counts cannot be negative");
                }
                v[i][j] = interior[i][j];
                v[i][c] += interior[i][j];
                v[r][j] += interior[i][j];
                v[r][c] += interior[i][j];
            }
        }
        boolean[][] s = new boolean[r + 1][c + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                s[i][j] = v[i][j] > 0 && v[i][j] < threshold;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = fixLines(v, s, threshold);
            if (!changed) {
                changed = closeBridges(v, s);
            }
        }
        return new Protected(v, s);
    }

    /** Rule 1, one cell at a time; true when it hid a cell. */
    private static boolean fixLines(long[][] v, boolean[][] s, int threshold) {
        int rows = v.length;
        int cols = v[0].length;
        for (int line = 0; line < rows + cols; line++) {
            boolean isRow = line < rows;
            int index = isRow ? line : line - rows;
            int length = isRow ? cols : rows;
            int count = 0;
            long mass = 0;
            for (int k = 0; k < length; k++) {
                if (hidden(s, isRow, index, k)) {
                    count++;
                    if (k < length - 1) {
                        mass += value(v, isRow, index, k);
                    }
                }
            }
            boolean totalHidden = hidden(s, isRow, index, length - 1);
            boolean needsMore = count == 1 || (count > 0 && !totalHidden && mass < threshold);
            if (!needsMore) {
                continue;
            }
            // The smallest positive cell still shown; a zero only when no count is short (it adds nothing to hide
            // behind); the total as a last resort.
            boolean massShort = !totalHidden && mass < threshold;
            int best = -1;
            int zero = -1;
            for (int k = 0; k < length - 1; k++) {
                if (!hidden(s, isRow, index, k)) {
                    long candidate = value(v, isRow, index, k);
                    if (candidate == 0) {
                        zero = zero < 0 ? k : zero;
                    } else if (best < 0 || candidate < value(v, isRow, index, best)) {
                        best = k;
                    }
                }
            }
            if (best < 0) {
                best = massShort || zero < 0 ? length - 1 : zero;
            }
            hide(s, isRow, index, best);
            return true;
        }
        return false;
    }

    /** Rule 2: finds one bridge and hides the cheapest rectangle through it; true when it hid a cell. */
    private static boolean closeBridges(long[][] v, boolean[][] s) {
        int rows = v.length;
        int cols = v[0].length;
        int[] bridge = findBridge(s);
        if (bridge == null) {
            return false;
        }
        int i = bridge[0];
        int j = bridge[1];
        long bestCost = Long.MAX_VALUE;
        int bi = -1;
        int bj = -1;
        for (int i2 = 0; i2 < rows; i2++) {
            for (int j2 = 0; j2 < cols; j2++) {
                if (i2 == i || j2 == j) {
                    continue;
                }
                long cost = cost(v, s, i, j2) + cost(v, s, i2, j) + cost(v, s, i2, j2);
                if (cost < bestCost) {
                    bestCost = cost;
                    bi = i2;
                    bj = j2;
                }
            }
        }
        s[i][bj] = true;
        s[bi][j] = true;
        s[bi][bj] = true;
        return true;
    }

    /** What hiding a cell costs: nothing if hidden already; totals cost more than cells, larger counts more than smaller. */
    private static long cost(long[][] v, boolean[][] s, int i, int j) {
        if (s[i][j]) {
            return 0;
        }
        boolean total = i == v.length - 1 || j == v[0].length - 1;
        return 1 + v[i][j] + (total ? 1_000_000L : 0);
    }

    /** A hidden cell whose edge lies on no cycle of the graph of hidden cells, or null if there is none. */
    static int[] findBridge(boolean[][] s) {
        int rows = s.length;
        int cols = s[0].length;
        int n = rows + cols;
        List<List<int[]>> adjacent = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            adjacent.add(new ArrayList<>());
        }
        int edges = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (s[i][j]) {
                    adjacent.get(i).add(new int[] {rows + j, edges});
                    adjacent.get(rows + j).add(new int[] {i, edges});
                    edges++;
                }
            }
        }
        int[] order = new int[n];
        int[] low = new int[n];
        Arrays.fill(order, -1);
        int[] counter = {0};
        for (int start = 0; start < n; start++) {
            if (order[start] < 0) {
                int[] found = bridgeFrom(start, -1, adjacent, order, low, counter, rows);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    // Tarjan's bridge search; tables are small (areas by strands), so recursion depth is no concern.
    private static int[] bridgeFrom(
            int node, int viaEdge, List<List<int[]>> adjacent, int[] order, int[] low, int[] counter, int rows) {
        order[node] = low[node] = counter[0]++;
        for (int[] next : adjacent.get(node)) {
            int to = next[0];
            if (next[1] == viaEdge) {
                continue;
            }
            if (order[to] < 0) {
                int[] found = bridgeFrom(to, next[1], adjacent, order, low, counter, rows);
                if (found != null) {
                    return found;
                }
                low[node] = Math.min(low[node], low[to]);
                if (low[to] > order[node]) {
                    return node < rows ? new int[] {node, to - rows} : new int[] {to, node - rows};
                }
            } else {
                low[node] = Math.min(low[node], order[to]);
            }
        }
        return null;
    }

    private static boolean hidden(boolean[][] s, boolean isRow, int index, int k) {
        return isRow ? s[index][k] : s[k][index];
    }

    private static long value(long[][] v, boolean isRow, int index, int k) {
        return isRow ? v[index][k] : v[k][index];
    }

    private static void hide(boolean[][] s, boolean isRow, int index, int k) {
        if (isRow) {
            s[index][k] = true;
        } else {
            s[k][index] = true;
        }
    }
}
