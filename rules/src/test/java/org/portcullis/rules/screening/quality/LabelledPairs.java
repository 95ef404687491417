package org.portcullis.rules.screening.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates the labelled set of the screening quality evaluation, the same every time (seed {@value #SEED}):
 * listed persons from pools of given names (with their transliterations) and family names, and for each a name as a
 * manifest might give it. Same person: another transliteration, family name first, a middle name left out, one typo,
 * one word more. Different persons with similar names: the same given name with a family name that begins alike,
 * the same family name with another given name, one given name shared with another family name. Dates: the list
 * gives a full date, a year or nothing; a different person may share the date.
 */
public final class LabelledPairs {

    public static final Path FILE = Path.of("src", "test", "resources", "screening", "labelled-pairs.csv");
    static final long SEED = 20261205L;
    static final int PER_KIND = 60;

    private final Random random = new Random(SEED);
    private final Set<String> listed = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private int serial;

    /** The set, generated. */
    public static List<LabelledPair> generate() {
        return new LabelledPairs().all();
    }

    /** The set as checked in. */
    public static List<LabelledPair> read() {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                    .map(LabelledPair::fromCsv).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csv(List<LabelledPair> pairs) {
        StringBuilder text = new StringBuilder(LabelledPair.HEADER).append('\n');
        pairs.forEach(pair -> text.append(pair.toCsv()).append('\n'));
        return text.toString();
    }

    private List<LabelledPair> all() {
        List<LabelledPair> pairs = new ArrayList<>();
        for (String kind : List.of("transliteration", "word-order", "missing-middle-name", "typo", "extra-word")) {
            for (int i = 0; i < PER_KIND; i++) {
                pairs.add(positive(kind));
            }
        }
        for (String kind : List.of("other-family-name-alike", "other-given-name", "one-given-name-shared")) {
            for (int i = 0; i < PER_KIND; i++) {
                pairs.add(negative(kind));
            }
        }
        return pairs;
    }

    private LabelledPair positive(String kind) {
        String[] given;
        String family;
        do {
            given = new String[] {kind.equals("transliteration") ? spelledSeveralWays() : givenName(),
                kind.equals("missing-middle-name") ? givenName() : null};
            family = kind.equals("typo") ? longFamilyName() : familyName();
        } while (!unused(given[0], family));
        String listedName = join(given[0], given[1], family);
        LocalDate birth = birth(listedName);
        String listedBirth = listedBirth(birth, 70, 10);
        String candidateGiven = join(given[0], given[1]);
        String candidateFamily = family;
        switch (kind) {
            case "transliteration" -> candidateGiven = transliterated(given[0]);
            case "word-order" -> {
                candidateGiven = family;
                candidateFamily = given[0];
            }
            case "missing-middle-name" -> candidateGiven = given[0];
            case "typo" -> candidateFamily = typo(family);
            default -> candidateGiven = join(given[0], otherGivenName(given[0]));
        }
        return pair(kind, true, candidateGiven, candidateFamily, birth, listedName, listedBirth);
    }

    private LabelledPair negative(String kind) {
        LabelledPair pair;
        do {
            pair = tryNegative(kind);
        } while (pair == null);
        return pair;
    }

    /** A pair of different persons, or null when one of its names is taken already. */
    private LabelledPair tryNegative(String kind) {
        String given = givenName();
        String family;
        String candidateGiven;
        String candidateFamily;
        switch (kind) {
            case "other-family-name-alike" -> {
                String[] alike = NamePools.LOOKALIKE_FAMILIES[random.nextInt(NamePools.LOOKALIKE_FAMILIES.length)];
                family = alike[0];
                candidateGiven = given;
                candidateFamily = alike[1];
            }
            case "other-given-name" -> {
                family = familyName();
                candidateGiven = otherGivenName(given);
                candidateFamily = family;
            }
            default -> {
                family = familyName();
                String second = otherGivenName(given);
                candidateGiven = join(given, second);
                candidateFamily = otherFamilyName(family);
                given = join(given, otherGivenName(second));
            }
        }
        String firstCandidateGiven = candidateGiven.split(" ")[0];
        if (!unused(given.split(" ")[0], family) || !unused(firstCandidateGiven, candidateFamily)) {
            return null;
        }
        String listedName = join(given, family);
        LocalDate birth = birth(listedName);
        String listedBirth = listedBirth(birth, 25, 25);
        return pair(kind, false, candidateGiven, candidateFamily, birth, listedName, listedBirth);
    }

    private LabelledPair pair(String kind, boolean match, String candidateGiven, String candidateFamily,
            LocalDate birth, String listedName, String listedBirth) {
        serial++;
        return new LabelledPair(String.format(Locale.ROOT, "Q%03d", serial), kind, match, candidateGiven,
                candidateFamily, birth.toString(), listedName, listedBirth);
    }

    /**
     * True, and taken from now on, when no name of the set yet has this first given name (in any spelling) with this
     * family name: every listed person is another person, and no candidate shares a listed person's name by chance.
     */
    private boolean unused(String firstGiven, String family) {
        String key = group(firstGiven) + "|" + family;
        if (names.contains(key)) {
            return false;
        }
        names.add(key);
        return true;
    }

    /** The listed date: full in {@code fullPercent} of cases, the year in {@code yearPercent}, else none. */
    private String listedBirth(LocalDate birth, int fullPercent, int yearPercent) {
        int draw = random.nextInt(100);
        return draw < fullPercent ? birth.toString() : draw < fullPercent + yearPercent
                ? Integer.toString(birth.getYear()) : null;
    }

    /** A date of birth no other listed person with the same name has, so that every listed person is another. */
    private LocalDate birth(String name) {
        LocalDate birth;
        do {
            birth = LocalDate.of(1945 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
        } while (!listed.add(name + "|" + birth.getYear()));
        return birth;
    }

    private String givenName() {
        String[] group = NamePools.GIVEN[random.nextInt(NamePools.GIVEN.length)];
        return group[random.nextInt(group.length)];
    }

    /** A given name that has more than one spelling. */
    private String spelledSeveralWays() {
        String name;
        do {
            name = givenName();
        } while (NamePools.GIVEN[group(name)].length == 1);
        return name;
    }

    /** A given name of another group: another name, not another spelling. */
    private String otherGivenName(String name) {
        String other;
        do {
            other = givenName();
        } while (group(other) == group(name));
        return other;
    }

    private String transliterated(String name) {
        String[] group = NamePools.GIVEN[group(name)];
        if (group.length == 1) {
            return name;
        }
        String other;
        do {
            other = group[random.nextInt(group.length)];
        } while (other.equals(name));
        return other;
    }

    private static int group(String name) {
        for (int g = 0; g < NamePools.GIVEN.length; g++) {
            if (List.of(NamePools.GIVEN[g]).contains(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private String familyName() {
        return NamePools.FAMILY[random.nextInt(NamePools.FAMILY.length)];
    }

    private String longFamilyName() {
        String family;
        do {
            family = familyName();
        } while (family.length() < 6 || family.contains(" "));
        return family;
    }

    private String otherFamilyName(String family) {
        String other;
        do {
            other = familyName();
        } while (other.equals(family));
        return other;
    }

    private String typo(String name) {
        return typo(random, name);
    }

    /** One letter changed, two swapped or one left out, never the first (the same draws for the same random). */
    public static String typo(Random random, String name) {
        char[] letters = name.toCharArray();
        int at = 1 + random.nextInt(letters.length - 2);
        switch (random.nextInt(3)) {
            case 0 -> letters[at] = (char) ('a' + random.nextInt(26));
            case 1 -> {
                char swap = letters[at];
                letters[at] = letters[at + 1];
                letters[at + 1] = swap;
            }
            default -> {
                return name.substring(0, at) + name.substring(at + 1);
            }
        }
        return new String(letters);
    }

    private static String join(String... parts) {
        return String.join(" ", Arrays.stream(parts).filter(p -> p != null).toList());
    }
}
