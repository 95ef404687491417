package org.portcullis.rules.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The names of a list's entries as words, one row per name: an entry's rows are consecutive (its name as listed,
 * then its aliases), so that a million single-name entries cost one row each.
 */
final class ListedNames {

    /** The listed name most like a candidate's, and how alike. */
    record Best(String name, double score) {
    }

    private final List<List<String>> words = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final int[] firstRow;
    private int[] entryOfRow;

    ListedNames(int entries, IntFunction<List<String>> namesOf, Function<String, List<String>> toWords) {
        firstRow = new int[entries + 1];
        List<Integer> owners = new ArrayList<>();
        for (int entry = 0; entry < entries; entry++) {
            firstRow[entry] = words.size();
            for (String name : namesOf.apply(entry)) {
                List<String> nameWords = toWords.apply(name);
                if (!nameWords.isEmpty()) {
                    words.add(nameWords);
                    texts.add(name);
                    owners.add(entry);
                }
            }
        }
        firstRow[entries] = words.size();
        entryOfRow = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    IntStream rows() {
        return IntStream.range(0, words.size());
    }

    List<String> words(int row) {
        return words.get(row);
    }

    int entryOf(int row) {
        return entryOfRow[row];
    }

    /** The entry's name most like the candidate's words. */
    Best best(int entry, List<String> candidate) {
        Best best = new Best(null, 0);
        for (int row = firstRow[entry]; row < firstRow[entry + 1]; row++) {
            double score = NameSimilarity.score(candidate, words.get(row));
            if (best.name() == null || score > best.score()) {
                best = new Best(texts.get(row), score);
            }
        }
        return best;
    }
}
