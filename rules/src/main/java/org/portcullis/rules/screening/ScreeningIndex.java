package org.portcullis.rules.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An inverted index over the names of watchlist entries, to find the few entries worth comparing with a name among a
 * million. It indexes blocking keys, each rare enough to keep the candidates few, and tolerant by construction:
 * <ul>
 * <li>every pair of the name's Double Metaphone sounds, in sorted order (word order, transliteration, missing
 *     parts and typos in any third word do not matter);</li>
 * <li>each sound with the date of birth, or with the year when only that is listed (a typo in a two-word name);</li>
 * <li>the sound of a one-word name;</li>
 * <li>the travel document number.</li>
 * </ul>
 * A query asks for any of its own keys and ranks the rows sharing the most (and rarest) keys first, by the BM25 weight
 * of each key, as the Lucene index it replaces ranked them; the candidates are then compared in full
 * ({@link NameSimilarity}). Keys are 64-bit hashes ({@link BlockingKeys}) in one open-addressing table with the rows of each key in one
 * array ({@link Postings}), built once per list version; a query builds no strings and no query objects. Only the
 * {@value #MAX_BLOCKING_WORDS} longest distinct words of a name give keys, so a query has at most
 * {@link #MAX_QUERY_CLAUSES} keys whatever the name.
 */
final class ScreeningIndex {

    /**
     * What the index knows of one name of an entry: its position (row) and what it is found by: the words of the
     * name, the entry's dates of birth and its document numbers (normalised).
     */
    record Subject(int ordinal, List<String> words, List<String> datesOfBirth, List<String> documentNumbers) {
    }

    private static final float DOCUMENT_BOOST = 3f;

    /** The most words of a name that give blocking keys; real names have fewer distinct words of two letters or more. */
    static final int MAX_BLOCKING_WORDS = 10;
    private static final int SOUNDS_PER_WORD = 2;
    /** Pairs of sounds, each sound alone, each sound with the full date and with the year of birth, the document. */
    static final int MAX_QUERY_CLAUSES = MAX_BLOCKING_WORDS * (MAX_BLOCKING_WORDS - 1) / 2 * SOUNDS_PER_WORD
            * SOUNDS_PER_WORD + MAX_BLOCKING_WORDS * SOUNDS_PER_WORD * 3 + 1;

    private final Postings postings;

    ScreeningIndex(Iterable<Subject> subjects) {
        Postings.Builder builder = new Postings.Builder();
        BlockingKeys keys = new BlockingKeys();
        for (Subject subject : subjects) {
            keys.clear();
            List<Set<String>> sounds = sounds(subject.words());
            keys.pairs(sounds);
            if (sounds.size() == 1) {
                sounds.get(0).forEach(keys::solo);
            }
            for (String birth : subject.datesOfBirth()) {
                for (Set<String> word : sounds) {
                    word.forEach(sound -> keys.soundWithBirth(sound, birth));
                }
            }
            subject.documentNumbers().forEach(keys::document);
            builder.add(subject.ordinal(), keys);
        }
        this.postings = builder.build();
    }

    /** The ordinals of the entries most like the subject, best first, at most {@code limit}. */
    int[] candidates(List<String> words, String dateOfBirth, String documentNumber, int limit) {
        BlockingKeys keys = queryKeys(words, dateOfBirth, documentNumber);
        return keys.isEmpty() ? new int[0] : postings.top(keys, DOCUMENT_BOOST, limit);
    }

    /** The keys a query for this subject asks for (at most {@link #MAX_QUERY_CLAUSES}). */
    static BlockingKeys queryKeys(List<String> words, String dateOfBirth, String documentNumber) {
        List<Set<String>> sounds = sounds(words);
        BlockingKeys keys = new BlockingKeys();
        keys.pairs(sounds);
        for (Set<String> word : sounds) {
            for (String sound : word) {
                keys.solo(sound);
                if (dateOfBirth != null) {
                    keys.soundWithBirth(sound, dateOfBirth);
                    keys.soundWithBirth(sound, dateOfBirth.substring(0, 4));
                }
            }
        }
        if (documentNumber != null) {
            keys.document(documentNumber);
        }
        return keys;
    }

    /**
     * The words that give blocking keys: the distinct words of more than one letter that have a sound, at most
     * {@value #MAX_BLOCKING_WORDS} of them, the longest first (they tell names apart best), in their order.
     */
    static List<String> blockingWords(List<String> words) {
        List<String> usable = new ArrayList<>();
        for (String word : new LinkedHashSet<>(words)) {
            if (word.length() > 1 && !NameSimilarity.Phonetics.primary(word).isEmpty()) {
                usable.add(word);
            }
        }
        if (usable.size() <= MAX_BLOCKING_WORDS) {
            return usable;
        }
        Set<String> longest = new HashSet<>(usable.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(MAX_BLOCKING_WORDS)
                .toList());
        return usable.stream().filter(longest::contains).toList();
    }

    /** The sounds (primary and alternate Double Metaphone keys) of each blocking word. */
    private static List<Set<String>> sounds(List<String> words) {
        List<Set<String>> sounds = new ArrayList<>();
        for (String word : blockingWords(words)) {
            sounds.add(new LinkedHashSet<>(List.of(NameSimilarity.Phonetics.primary(word),
                    NameSimilarity.Phonetics.alternate(word))));
        }
        return sounds;
    }
}
