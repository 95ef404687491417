package org.portcullis.rules.screening;

import java.util.Arrays;

/**
 * The score of each row one query found, in an open-addressing table that is reused by its thread from query to
 * query (cleared by the slots used, so a query costs what it finds, not the table's size).
 */
final class RowScores {

    private int[] rows = filled(new int[64]);
    private double[] scores = new double[64];
    private int[] used = new int[32];
    private int size;

    void clear() {
        for (int i = 0; i < size; i++) {
            rows[used[i]] = -1;
            scores[used[i]] = 0;
        }
        size = 0;
    }

    int size() {
        return size;
    }

    void add(int row, double weight) {
        if ((size + 1) * 2 > rows.length) {
            grow();
        }
        int i = slot(row);
        if (rows[i] < 0) {
            rows[i] = row;
            if (size == used.length) {
                used = Arrays.copyOf(used, size * 2);
            }
            used[size++] = i;
        }
        scores[i] += weight;
    }

    /** Adds the weight to the rows among {@code postings[start, end)} (ascending) that were found already. */
    void addToFound(int[] postings, int start, int end, double weight) {
        if (end - start <= size * 8) {
            for (int p = start; p < end; p++) {
                int i = slot(postings[p]);
                if (rows[i] >= 0) {
                    scores[i] += weight;
                }
            }
            return;
        }
        for (int u = 0; u < size; u++) {
            if (Arrays.binarySearch(postings, start, end, rows[used[u]]) >= 0) {
                scores[used[u]] += weight;
            }
        }
    }

    /** The k-th highest score (k no more than the rows found). */
    double kth(int k) {
        int[] best = best(k);
        return scores[best[best.length - 1]];
    }

    /** The rows with the highest scores, best first, ties by row, at most {@code limit}. */
    int[] top(int limit) {
        int[] best = best(limit);
        for (int i = 0; i < best.length; i++) {
            best[i] = rows[best[i]];
        }
        return best;
    }

    /** The slots of the best rows, best first (insertion into a list of at most {@code limit}). */
    private int[] best(int limit) {
        int count = Math.min(limit, size);
        int[] best = new int[count];
        int filled = 0;
        for (int u = 0; u < size; u++) {
            int slot = used[u];
            if (filled == count && !better(slot, best[count - 1])) {
                continue;
            }
            int j = filled < count ? filled++ : count - 1;
            while (j > 0 && better(slot, best[j - 1])) {
                best[j] = best[j - 1];
                j--;
            }
            best[j] = slot;
        }
        return best;
    }

    private boolean better(int a, int b) {
        return scores[a] > scores[b] || scores[a] == scores[b] && rows[a] < rows[b];
    }

    private int slot(int row) {
        int mask = rows.length - 1;
        int i = (row * 0x9E3779B9) & mask;
        while (rows[i] >= 0 && rows[i] != row) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int[] oldRows = rows;
        double[] oldScores = scores;
        int[] oldUsed = used;
        int oldSize = size;
        rows = filled(new int[oldRows.length * 2]);
        scores = new double[oldRows.length * 2];
        used = new int[oldUsed.length];
        size = 0;
        for (int u = 0; u < oldSize; u++) {
            add(oldRows[oldUsed[u]], oldScores[oldUsed[u]]);
        }
    }

    private static int[] filled(int[] rows) {
        Arrays.fill(rows, -1);
        return rows;
    }
}
