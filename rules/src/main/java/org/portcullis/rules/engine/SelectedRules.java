package org.portcullis.rules.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What one {@link RuleSelection} of a compiled rule set needs per assessment, worked out once per rule set: a rule
 * base holding only the packages of the selected rules (so that an agency's session does not match the conditions
 * of every other folder's rules only for the agenda filter to refuse them), the agenda groups to focus and which
 * facts the selected rules read. The rules that may fire are the same as with the whole rule base: the filter and
 * focus still apply; the rule base only leaves out rules that could never fire.
 */
record SelectedRules(KieBase kieBase, Set<String> agendaGroups, boolean screensPersons, boolean readsPersons,
        boolean screensParties, boolean readsParties) {

    /** Per compiled rule base (weakly, so that a replaced rule set goes), per selection's folders. */
    private static final Map<KieBase, Map<Set<String>, SelectedRules>> CACHE =
            Collections.synchronizedMap(new WeakHashMap<>());
    private static final Set<String> DEFAULT_KEY = Set.of("\0main");

    static SelectedRules of(RuleSet ruleSet, RuleSelection selection) {
        Set<String> key = selection.folderNames() == null ? DEFAULT_KEY : selection.folderNames();
        Map<Set<String>, SelectedRules> bySelection = CACHE.computeIfAbsent(ruleSet.kieBase(),
                base -> Collections.synchronizedMap(new HashMap<>()));
        SelectedRules cached = bySelection.computeIfAbsent(key, folders -> build(ruleSet, selection));
        return cached.kieBase() == null ? cached.on(ruleSet.kieBase()) : cached;
    }

    private SelectedRules on(KieBase whole) {
        return new SelectedRules(whole, agendaGroups, screensPersons, readsPersons, screensParties, readsParties);
    }

    private static SelectedRules build(RuleSet ruleSet, RuleSelection selection) {
        List<Rule> selected = selection.selected(ruleSet);
        Set<String> groups = new LinkedHashSet<>();
        selected.forEach(rule -> groups.add(RuleSelection.agendaGroup(rule)));
        groups.remove(RuleSelection.MAIN);
        KieBase part = subset(ruleSet.kieBase(), selection);
        // null for the whole rule base: a value of the weak cache must not hold its own key, or it is never freed
        return new SelectedRules(part == ruleSet.kieBase() ? null : part, Set.copyOf(groups),
                selection.readsAnyOf(selected, RuleSelection.PERSON_MATCHES),
                selection.readsAnyOf(selected, RuleSelection.PERSON_FACTS),
                selection.folderNames() == null || selection.readsAnyOf(selected, RuleSelection.PARTY_MATCHES),
                selection.readsAnyOf(selected, RuleSelection.PARTY_FACTS));
    }

    /**
     * A rule base of the packages that hold a selected rule or no rule at all (declarations), or the whole rule base
     * when a package mixes selected and other rules (a folder is a package by the house style, but nothing enforces
     * it).
     */
    private static KieBase subset(KieBase whole, RuleSelection selection) {
        List<KiePackage> kept = whole.getKiePackages().stream()
                .filter(kiePackage -> kiePackage.getRules().isEmpty()
                        || kiePackage.getRules().stream().anyMatch(selection::selects))
                .toList();
        boolean mixed = kept.stream().anyMatch(kiePackage -> !kiePackage.getRules().stream()
                .allMatch(selection::selects));
        if (mixed || kept.size() == whole.getKiePackages().size() || !(whole instanceof InternalKnowledgeBase base)) {
            return whole;
        }
        InternalKnowledgeBase part = KnowledgeBaseFactory.newKnowledgeBase(KieServices.get()
                .newKieBaseConfiguration(null, base.getRootClassLoader()));
        part.addPackages(kept);
        return part;
    }
}
