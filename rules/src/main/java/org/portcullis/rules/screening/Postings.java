package org.portcullis.rules.screening;

import java.util.Arrays;

/**
 * The rows of each blocking key: an open-addressing table of key hashes, each slot pointing at its rows (ascending)
 * in one array. Built once per list version and read by any number of threads. A query ranks the rows sharing its
 * keys by the sum of the keys' BM25 weights, as Lucene scored the index this replaces (fields indexed without
 * frequencies or norms: each key weighs its idf, {@code ln(1 + (N - df + 0.5) / (df + 0.5))} with N the rows having
 * a key of that field, times the field's constant length factor), ties by row. Rows of keys too common to lift a new
 * row into the top are only added to rows already found (exact, as Lucene's MaxScore).
 */
final class Postings {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final ThreadLocal<RowScores> SCORES = ThreadLocal.withInitial(RowScores::new);

    private final long[] keys;
    private final int[] starts;
    private final int[] rows;
    private final int mask;
    private final int[] rowsWithField;
    private final double[] lengthFactor;

    private Postings(LongCounts table, int[] rows, int[] rowsWithField, long[] keysInField) {
        this.keys = table.keys;
        this.starts = table.starts;
        this.mask = table.keys.length - 1;
        this.rows = rows;
        this.rowsWithField = rowsWithField;
        this.lengthFactor = new double[BlockingKeys.FIELDS];
        for (int field = 0; field < BlockingKeys.FIELDS; field++) {
            double averageLength = rowsWithField[field] == 0 ? 1 : keysInField[field] / (double) rowsWithField[field];
            double normInverse = 1 / (K1 * ((1 - B) + B / averageLength));
            lengthFactor[field] = 1 - 1 / (1 + normInverse);
        }
    }

    /** The rows sharing most (and rarest) of the keys, best first, at most {@code limit}. */
    int[] top(BlockingKeys query, float documentBoost, int limit) {
        int n = query.size();
        int[] slots = new int[n];
        double[] weights = new double[n];
        int found = 0;
        for (int i = 0; i < n; i++) {
            int slot = slot(query.hash(i));
            if (slot >= 0) {
                int field = query.field(i);
                double df = starts[slot + 1] - starts[slot];
                double idf = Math.log(1 + (rowsWithField[field] - df + 0.5) / (df + 0.5));
                slots[found] = slot;
                weights[found] = (field == BlockingKeys.DOCUMENT ? documentBoost : 1) * idf * lengthFactor[field];
                found++;
            }
        }
        int[] byWeight = heaviestFirst(weights, found);
        double[] remaining = new double[found + 1];
        for (int i = found - 1; i >= 0; i--) {
            remaining[i] = remaining[i + 1] + weights[byWeight[i]];
        }
        RowScores scores = SCORES.get();
        scores.clear();
        boolean onlyFound = false;
        for (int i = 0; i < found; i++) {
            int key = byWeight[i];
            int start = starts[slots[key]];
            int end = starts[slots[key] + 1];
            onlyFound = onlyFound || scores.size() >= limit && remaining[i] < scores.kth(limit);
            if (onlyFound) {
                scores.addToFound(rows, start, end, weights[key]);
            } else {
                for (int p = start; p < end; p++) {
                    scores.add(rows[p], weights[key]);
                }
            }
        }
        return scores.top(limit);
    }

    /** The positions 0 to count - 1 by weight, heaviest first (insertion sort: a query has a few dozen keys). */
    private static int[] heaviestFirst(double[] weights, int count) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            int j = i;
            while (j > 0 && weights[order[j - 1]] < weights[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    private int slot(long key) {
        int i = (int) key & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Collects the keys of every row, then lays out the table. */
    static final class Builder {

        private long[] pairKeys = new long[1 << 16];
        private int[] pairRows = new int[1 << 16];
        private int pairs;
        private int lastRow = -1;
        private final int[] rowsWithField = new int[BlockingKeys.FIELDS];
        private final long[] keysInField = new long[BlockingKeys.FIELDS];

        /** The keys of a row; rows come in ascending order, so that each key's rows are sorted. */
        void add(int row, BlockingKeys keys) {
            if (row <= lastRow) {
                throw new IllegalArgumentException("rows must be added in ascending order: " + row + " after " + lastRow);
            }
            lastRow = row;
            boolean[] fields = new boolean[BlockingKeys.FIELDS];
            for (int i = 0; i < keys.size(); i++) {
                if (pairs == pairKeys.length) {
                    pairKeys = Arrays.copyOf(pairKeys, pairs * 2);
                    pairRows = Arrays.copyOf(pairRows, pairs * 2);
                }
                pairKeys[pairs] = keys.hash(i);
                pairRows[pairs++] = row;
                fields[keys.field(i)] = true;
                keysInField[keys.field(i)]++;
            }
            for (int field = 0; field < fields.length; field++) {
                rowsWithField[field] += fields[field] ? 1 : 0;
            }
        }

        Postings build() {
            LongCounts table = new LongCounts();
            for (int i = 0; i < pairs; i++) {
                table.increment(pairKeys[i]);
            }
            int[] rows = table.layOut(pairKeys, pairRows, pairs);
            return new Postings(table, rows, rowsWithField, keysInField);
        }
    }
}
