package org.portcullis.rules.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.portcullis.rules.screening.quality.LabelledPairs;

/**
 * Generates people for the screening benchmark: given names from groups of transliterations (one name, several
 * spellings), family names built from syllables (tens of thousands of distinct names), dates of birth and
 * document numbers; and labelled variants of a listed person as a manifest would spell them.
 */
final class SyntheticPeople {

    /** Each group is one given name in the spellings different transliterations give. */
    static final String[][] GIVEN = {
        {"Mohammed", "Muhammad", "Mohamed", "Mohammad"}, {"Yusuf", "Youssef", "Yousef", "Jusuf"},
        {"Aleksandr", "Alexander", "Aleksander"}, {"Sergei", "Sergey", "Serguei"}, {"Dmitri", "Dmitry", "Dmitriy"},
        {"Yuri", "Yury", "Iouri"}, {"Olga", "Olha"}, {"Natalia", "Natalya", "Nataliya"}, {"Ahmed", "Ahmad", "Achmed"},
        {"Hussein", "Husain", "Hussain"}, {"Abdullah", "Abdallah", "Abdulla"}, {"Fatima", "Fatimah", "Fatma"},
        {"Omar", "Umar"}, {"Ali"}, {"Hassan", "Hasan"}, {"Ibrahim", "Ebrahim"}, {"Mikhail", "Mikhail", "Michail"},
        {"Nikolai", "Nikolay", "Nicolai"}, {"Andrei", "Andrey"}, {"Yevgeny", "Evgeny", "Evgeniy"}, {"Jose", "José"},
        {"Maria", "María"}, {"Juan"}, {"Carlos"}, {"Luis", "Luís"}, {"Ana"}, {"Wei"}, {"Li"}, {"Xin"}, {"Jun"},
        {"Hyun"}, {"Min"}, {"Nguyen"}, {"Anh"}, {"Thi"}, {"Peter", "Pieter", "Pjotr"}, {"Jan"}, {"Anna"},
        {"Johan", "Johann", "Johannes"}, {"Erik", "Eric"}, {"Katarzyna", "Katazyna"}, {"Giuseppe"}, {"Francesca"},
        {"Chukwuemeka"}, {"Oluwaseun"}, {"Kwame"}, {"Aisha", "Ayesha", "Aicha"}, {"Khalid", "Khaled"},
        {"Tariq", "Tarek", "Tarik"}, {"Mustafa", "Mustapha", "Moustafa"}, {"Rashid", "Rasheed"}, {"Samir", "Sameer"},
    };

    private static final String[] ONSETS = {"b", "ch", "d", "f", "g", "h", "k", "kh", "l", "m", "n", "p", "r",
        "s", "sh", "t", "v", "z", "br", "kr", "st", "tr", "gr", "dr", "j", "y"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ia"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "l", "k", "m", "v", "t"};
    private static final String[] ENDINGS = {"ov", "ova", "enko", "ski", "son", "ez", "ini", "ani", "ek", "", "", ""};
    private static final String[] NATIONALITIES = {"RU", "UA", "SY", "EG", "MA", "ES", "MX", "CN", "VN", "KR", "NL",
        "DE", "PL", "IT", "NG", "GH", "PH", "IN", "PK", "TR"};

    private final Random random;

    SyntheticPeople(long seed) {
        this.random = new Random(seed);
    }

    /** One person: given names (one or two), a family name, date of birth, nationality, document number. */
    record Someone(String given, String family, LocalDate birth, String nationality, String document) {

        String fullName() {
            return given + " " + family;
        }
    }

    Someone someone() {
        String given = givenName();
        if (random.nextInt(4) == 0) {
            given = given + " " + givenName();
        }
        return new Someone(given, familyName(), LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12),
                1 + random.nextInt(28)), NATIONALITIES[random.nextInt(NATIONALITIES.length)], document());
    }

    String givenName() {
        String[] group = GIVEN[random.nextInt(GIVEN.length)];
        return group[random.nextInt(group.length)];
    }

    String familyName() {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            name.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        name.append(CODAS[random.nextInt(CODAS.length)]).append(ENDINGS[random.nextInt(ENDINGS.length)]);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    String document() {
        return String.format(Locale.ROOT, "%c%c%07d", (char) ('A' + random.nextInt(26)),
                (char) ('A' + random.nextInt(26)), random.nextInt(10_000_000));
    }

    /**
     * The listed person as a manifest might spell them, with the kinds of change applied: another transliteration
     * of a given name, names in the other order, a missing given name, one typo in the family name.
     */
    Someone variant(Someone listed, List<String> changes) {
        List<String> given = new ArrayList<>(List.of(listed.given().split(" ")));
        String family = listed.family();
        int kinds = 1 + random.nextInt(2);
        for (int k = 0; k < kinds; k++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    given.set(0, transliterate(given.get(0)));
                    changes.add("transliteration");
                }
                case 1 -> {
                    String first = String.join(" ", given);
                    given = new ArrayList<>(List.of(family));
                    family = first;
                    changes.add("word order");
                }
                case 2 -> {
                    if (given.size() > 1) {
                        given.remove(given.size() - 1);
                        changes.add("missing part");
                    } else {
                        family = typo(family);
                        changes.add("typo");
                    }
                }
                default -> {
                    family = typo(family);
                    changes.add("typo");
                }
            }
        }
        String nationality = listed.nationality();
        if (random.nextInt(10) == 0) {
            nationality = NATIONALITIES[random.nextInt(NATIONALITIES.length)];
            changes.add("other nationality");
        }
        return new Someone(String.join(" ", given), family, listed.birth(), nationality,
                random.nextBoolean() ? listed.document() : document());
    }

    private String transliterate(String name) {
        for (String[] group : GIVEN) {
            for (String spelling : group) {
                if (spelling.equalsIgnoreCase(name) && group.length > 1) {
                    String other;
                    do {
                        other = group[random.nextInt(group.length)];
                    } while (other.equals(name));
                    return other;
                }
            }
        }
        return name;
    }

    private String typo(String name) {
        return name.length() < 5 ? name : LabelledPairs.typo(random, name);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
