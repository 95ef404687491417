package org.portcullis.rules.fact;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Terms that say nothing about what goods are ("general cargo", "FAK", "consolidated"). A description made of
 * such a term alone is vague; the list is the file {@code reference/vague-goods-descriptions.txt}.
 */
public class VagueDescriptionTerms {

    /** Compiled once: {@code String.replaceAll} compiled it for every goods item of every filing. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> terms;

    public VagueDescriptionTerms(Set<String> terms) {
        this.terms = terms.stream().map(VagueDescriptionTerms::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** True when the description, ignoring case, punctuation and extra spaces, is one of the terms. */
    public boolean isVague(String description) {
        return description == null || description.isBlank() || terms.contains(normalise(description));
    }

    public Set<String> getTerms() {
        return terms;
    }

    private static String normalise(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
