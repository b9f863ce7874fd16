package org.reassure.insights.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open data suppression: no published table reveals a count below 5, whether read directly, worked out by
 * subtracting from totals, or by any other combination of the published figures. The check is independent of
 * the algorithm: it solves the equations an attacker has (every row and column sums to its total) by exact
 * elimination and asks whether each hidden cell is fixed by them.
 */
class DisclosureControlTest {

    @Test
    void a_small_count_with_its_row_and_column_totals_is_hidden_with_cells_that_stop_subtraction() {
        long[][] table = {
            {3, 20, 11},
            {14, 9, 30},
            {12, 40, 8}
        };
        DisclosureControl.Protected p = DisclosureControl.protect(table);
        assertThat(p.published(0, 0)).isNull();
        // Row 0 total minus the other published cells of row 0 must not give the 3.
        long rowKnown = 0;
        int hiddenInRow = 0;
        for (int j = 0; j < 3; j++) {
            if (p.published(0, j) == null) {
                hiddenInRow++;
            } else {
                rowKnown += p.published(0, j);
            }
        }
        assertThat(hiddenInRow).isGreaterThanOrEqualTo(2);
        assertThat(p.published(0, 3)).isEqualTo(34L);
        assertThat(34 - rowKnown).as("what the row total leaves hidden").isGreaterThanOrEqualTo(5);
        assertSafe(table, p);
    }

    @Test
    void a_single_small_area_hides_its_total_too() {
        long[][] table = {{2, 1}};
        DisclosureControl.Protected p = DisclosureControl.protect(table);
        for (int i = 0; i < p.rows(); i++) {
            for (int j = 0; j < p.columns(); j++) {
                assertThat(p.published(i, j)).as("cell %d,%d", i, j).isNull();
            }
        }
        assertSafe(table, p);
    }

    @Test
    void a_table_with_nothing_small_is_published_whole_and_zeros_are_shown() {
        long[][] table = {{0, 12}, {7, 0}};
        DisclosureControl.Protected p = DisclosureControl.protect(table);
        assertThat(p.published(0, 0)).isEqualTo(0L);
        assertThat(p.published(0, 1)).isEqualTo(12L);
        assertThat(p.published(2, 2)).isEqualTo(19L);
    }

    @Test
    void two_separate_pairs_joined_by_one_hidden_cell_do_not_give_that_cell_away() {
        // Every line has two hidden cells, yet a cell bridging two groups could be worked out: the bridge check closes
        // it.
        long[][] table = {
            {1, 1, 50, 50, 50},
            {1, 1, 50, 50, 50},
            {50, 2, 50, 50, 50},
            {50, 50, 50, 3, 3},
            {50, 50, 50, 3, 3}
        };
        assertSafe(table, DisclosureControl.protect(table));
    }

    @Test
    void no_random_table_reveals_a_small_count_by_any_combination_of_published_figures() {
        Random random = new Random(20261127L);
        for (int n = 0; n < 3000; n++) {
            int rows = 1 + random.nextInt(7);
            int cols = 1 + random.nextInt(7);
            long[][] table = new long[rows][cols];
            double smallShare = random.nextDouble();
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    table[i][j] = random.nextDouble() < smallShare ? random.nextInt(6) : random.nextInt(60);
                }
            }
            assertSafe(table, DisclosureControl.protect(table));
        }
    }

    /** The checks every published table must pass. */
    static void assertSafe(long[][] table, DisclosureControl.Protected p) {
        int rows = p.rows();
        int cols = p.columns();
        // the figures are the table's, with true totals
        for (int i = 0; i < rows - 1; i++) {
            for (int j = 0; j < cols - 1; j++) {
                assertThat(p.values()[i][j]).isEqualTo(table[i][j]);
            }
        }
        // 1. nothing from 1 to 4 is shown
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                Long shown = p.published(i, j);
                assertThat(shown == null || shown == 0 || shown >= 5)
                        .as("shown %d at %d,%d", shown, i, j)
                        .isTrue();
            }
        }
        // 2. a published total never shows that the hidden part of its line is small (subtraction from totals)
        for (int i = 0; i < rows; i++) {
            assertLineHidesEnough(p, true, i);
        }
        for (int j = 0; j < cols; j++) {
            assertLineHidesEnough(p, false, j);
        }
        // 3. no hidden cell is fixed by the published equations
        List<int[]> unknowns = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (p.hidden()[i][j]) {
                    unknowns.add(new int[] {i, j});
                }
            }
        }
        if (unknowns.isEmpty()) {
            return;
        }
        List<long[]> equations = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            long[] eq = new long[unknowns.size()];
            for (int u = 0; u < unknowns.size(); u++) {
                if (unknowns.get(u)[0] == i) {
                    eq[u] = unknowns.get(u)[1] == cols - 1 ? -1 : 1;
                }
            }
            equations.add(eq);
        }
        for (int j = 0; j < cols; j++) {
            long[] eq = new long[unknowns.size()];
            for (int u = 0; u < unknowns.size(); u++) {
                if (unknowns.get(u)[1] == j) {
                    eq[u] = unknowns.get(u)[0] == rows - 1 ? -1 : 1;
                }
            }
            equations.add(eq);
        }
        int rank = rank(equations, unknowns.size());
        for (int u = 0; u < unknowns.size(); u++) {
            List<long[]> with = new ArrayList<>(equations);
            long[] unit = new long[unknowns.size()];
            unit[u] = 1;
            with.add(unit);
            assertThat(rank(with, unknowns.size()))
                    .as(
                            "hidden cell %d,%d can be worked out; table %s",
                            unknowns.get(u)[0], unknowns.get(u)[1], Arrays.deepToString(table))
                    .isEqualTo(rank + 1);
        }
    }

    private static void assertLineHidesEnough(DisclosureControl.Protected p, boolean isRow, int index) {
        int length = isRow ? p.columns() : p.rows();
        Long total = isRow ? p.published(index, length - 1) : p.published(length - 1, index);
        long known = 0;
        int hidden = 0;
        for (int k = 0; k < length - 1; k++) {
            Long shown = isRow ? p.published(index, k) : p.published(k, index);
            if (shown == null) {
                hidden++;
            } else {
                known += shown;
            }
        }
        if (total != null && hidden > 0) {
            assertThat(hidden)
                    .as("hidden cells in line %s %d", isRow ? "row" : "column", index)
                    .isGreaterThanOrEqualTo(2);
            assertThat(total - known)
                    .as("what the total leaves hidden in %s %d", isRow ? "row" : "column", index)
                    .isGreaterThanOrEqualTo(5);
        }
        if (total == null) {
            assertThat(hidden)
                    .as("a hidden total needs another hidden cell in its line")
                    .isGreaterThanOrEqualTo(1);
        }
    }

    private static final long P = 1_000_000_007L;

    /** Rank over the integers modulo a large prime (exact; the equations are 0 and plus or minus 1). */
    private static int rank(List<long[]> rows, int width) {
        long[][] m = new long[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            m[r] = new long[width];
            for (int c = 0; c < width; c++) {
                m[r][c] = Math.floorMod(rows.get(r)[c], P);
            }
        }
        int rank = 0;
        for (int c = 0; c < width && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (m[r][c] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] t = m[pivot];
            m[pivot] = m[rank];
            m[rank] = t;
            long inv = BigInteger.valueOf(m[rank][c])
                    .modInverse(BigInteger.valueOf(P))
                    .longValue();
            for (int k = c; k < width; k++) {
                m[rank][k] = m[rank][k] * inv % P;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && m[r][c] != 0) {
                    long f = m[r][c];
                    for (int k = c; k < width; k++) {
                        m[r][k] = Math.floorMod(m[r][k] - f * m[rank][k], P);
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
