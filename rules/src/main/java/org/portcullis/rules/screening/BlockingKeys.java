package org.portcullis.rules.screening;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The blocking keys of one name (a listed row or a query), each a 64-bit hash of its field and text, without
 * duplicates: no key text is built as a string. Two different keys share a hash with a chance of about one in
 * 10^12 among ten million keys; if they did, the rows of one would be ranked as candidates for the other too, which
 * the full comparison of names then turns down: a hash can add a candidate, never a match.
 */
final class BlockingKeys {

    static final int PAIR = 0;
    static final int SOUND_BIRTH = 1;
    static final int SOLO = 2;
    static final int DOCUMENT = 3;
    static final int FIELDS = 4;

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long[] hashes = new long[32];
    private byte[] fields = new byte[32];
    private int size;

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    long hash(int i) {
        return hashes[i];
    }

    int field(int i) {
        return fields[i];
    }

    /** Every pair of sounds of two different words, each pair in sorted order. */
    void pairs(List<Set<String>> sounds) {
        for (int i = 0; i < sounds.size(); i++) {
            for (int j = i + 1; j < sounds.size(); j++) {
                for (String a : sounds.get(i)) {
                    for (String b : sounds.get(j)) {
                        add(PAIR, a.compareTo(b) <= 0 ? hash(PAIR, a, b) : hash(PAIR, b, a));
                    }
                }
            }
        }
    }

    void solo(String sound) {
        add(SOLO, hash(SOLO, sound, null));
    }

    /** A sound with a full date of birth or with a year. */
    void soundWithBirth(String sound, String birth) {
        add(SOUND_BIRTH, hash(SOUND_BIRTH, sound, birth));
    }

    void document(String number) {
        add(DOCUMENT, hash(DOCUMENT, number, null));
    }

    private void add(int field, long hash) {
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash) {
                return;
            }
        }
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            fields = Arrays.copyOf(fields, size * 2);
        }
        hashes[size] = hash;
        fields[size++] = (byte) field;
    }

    /** FNV-1a over the field and the texts (joined by a bar), then MurmurHash3's finaliser; never 0 (empty slot). */
    static long hash(int field, String a, String b) {
        long h = (OFFSET ^ field) * PRIME;
        h = feed(h, a);
        if (b != null) {
            h = (h ^ '|') * PRIME;
            h = feed(h, b);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private static long feed(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * PRIME;
        }
        return h;
    }
}
