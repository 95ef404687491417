package org.portcullis.rules.screening;

/**
 * How many rows each key hash has, in an open-addressing table (0 marks an empty slot, no hash is 0) that grows as
 * keys come; then where each key's rows start in one array of all rows ({@link #layOut}).
 */
final class LongCounts {

    private static final double MAX_LOAD = 0.6;

    long[] keys = new long[1 << 16];
    int[] counts = new int[1 << 16];
    int[] starts;
    private int size;

    void increment(long key) {
        if (size + 1 > keys.length * MAX_LOAD) {
            grow();
        }
        int i = slot(keys, key);
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
        }
        counts[i]++;
    }

    /**
     * The rows of every key, each key's in the order given; {@link #starts} says where each slot's rows begin (and,
     * one slot on, end). The counts are not kept.
     */
    int[] layOut(long[] pairKeys, int[] pairRows, int pairs) {
        starts = new int[keys.length + 1];
        int next = 0;
        for (int i = 0; i < keys.length; i++) {
            starts[i] = next;
            next += counts[i];
        }
        starts[keys.length] = next;
        counts = null;
        int[] filled = new int[keys.length];
        int[] rows = new int[pairs];
        for (int p = 0; p < pairs; p++) {
            int i = slot(keys, pairKeys[p]);
            rows[starts[i] + filled[i]++] = pairRows[p];
        }
        return rows;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    /** The slot of the key, or the empty slot where it would go. */
    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) key & mask;
        while (table[i] != 0 && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
