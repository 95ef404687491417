package org.portcullis.casework.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.portcullis.rules.engine.RuleSources;

/** Which files of a rule set another one adds, changes or removes (paths relative to the rule set's root). */
public record RuleSetDiff(List<String> added, List<String> changed, List<String> removed) {

    public RuleSetDiff {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /** What going from one rule set to the other changes. */
    public static RuleSetDiff between(RuleSources from, RuleSources to) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Map<String, byte[]> before = from.files();
        to.files().forEach((path, bytes) -> {
            if (!before.containsKey(path)) {
                added.add(path);
            } else if (!Arrays.equals(before.get(path), bytes)) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(path -> !to.files().containsKey(path)).forEach(removed::add);
        return new RuleSetDiff(added.stream().sorted().toList(), changed.stream().sorted().toList(),
                removed.stream().sorted().toList());
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** Every path the other rule set touches, sorted. */
    public List<String> touched() {
        List<String> all = new ArrayList<>(added);
        all.addAll(changed);
        all.addAll(removed);
        return all.stream().sorted().toList();
    }

    /** One line for a change note: "added a; changed b, c; removed d". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!changed.isEmpty()) {
            parts.add("changed " + String.join(", ", changed));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        return parts.isEmpty() ? "no file changed" : String.join("; ", parts);
    }
}
