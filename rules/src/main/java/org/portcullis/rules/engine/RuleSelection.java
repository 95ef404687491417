package org.portcullis.rules.engine;

import java.util.List;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.base.ClassObjectType;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.portcullis.rules.fact.CrewSignOffFact;
import org.portcullis.rules.fact.MrzFact;
import org.portcullis.rules.fact.PartyFact;
import org.portcullis.rules.fact.PartyWatchlistMatch;
import org.portcullis.rules.fact.PersonFact;
import org.portcullis.rules.fact.PersonSightingFact;
import org.portcullis.rules.fact.PersonWatchlistMatch;
import org.portcullis.rules.fact.PreviousCrewMember;

/**
 * Which rules of a compiled rule set one assessment runs. {@link #DEFAULT} runs every rule of the main agenda
 * group, as the single assessment always did: the rules of an agency folder declare their own agenda group
 * ({@code agenda-group "health"}) and stay out of it. {@link #folders} runs only the rules of the named top-level
 * folders (an agency's packages), whatever their agenda group. The rule set is compiled once; each selection
 * filters which rules may fire, in a rule base of the selected rules' packages made once per rule set
 * ({@link SelectedRules}).
 */
public final class RuleSelection {

    static final String MAIN = "MAIN";

    /** The facts about the persons on board: built (MRZ checks, history look-ups) only for rules that read them. */
    static final List<Class<?>> PERSON_FACTS = List.of(PersonFact.class, MrzFact.class,
            PersonSightingFact.class, PreviousCrewMember.class, CrewSignOffFact.class, PersonWatchlistMatch.class);
    static final List<Class<?>> PERSON_MATCHES = List.of(PersonWatchlistMatch.class);
    static final List<Class<?>> PARTY_MATCHES = List.of(PartyWatchlistMatch.class);
    /** The facts that carry a party's first-time flag: the party itself and its watchlist matches. */
    static final List<Class<?>> PARTY_FACTS = List.of(PartyFact.class, PartyWatchlistMatch.class);

    /** Every rule without an agenda group of its own: the assessment before agencies. */
    public static final RuleSelection DEFAULT = new RuleSelection(null);

    private final Set<String> folders;

    private RuleSelection(Set<String> folders) {
        this.folders = folders == null ? null : Set.copyOf(folders);
    }

    /** The rules written in these top-level folders of the rule set ({@code health}, {@code targeting}). */
    public static RuleSelection folders(Set<String> folders) {
        return new RuleSelection(folders);
    }

    /** The folders selected, or null for {@link #DEFAULT}. */
    public Set<String> folderNames() {
        return folders;
    }

    /** True when at least one rule of the rule set is selected (a misspelled folder selects none). */
    public boolean selectsAny(RuleSet ruleSet) {
        return !selected(ruleSet).isEmpty();
    }

    boolean selects(Rule rule) {
        if (folders == null) {
            return MAIN.equals(agendaGroup(rule));
        }
        String file = RuleSetCompiler.fileOf(rule);
        int slash = file.indexOf('/');
        return slash > 0 && folders.contains(file.substring(0, slash));
    }

    AgendaFilter filter() {
        return match -> selects(match.getRule());
    }

    /** Gives the selected rules' agenda groups the focus, so that rules outside the main group fire too. */
    void focus(KieSession session, RuleSet ruleSet) {
        SelectedRules.of(ruleSet, this).agendaGroups()
                .forEach(group -> session.getAgenda().getAgendaGroup(group).setFocus());
    }

    /** A new session of a rule base holding the selected rules (and no rule that could never fire). */
    KieSession newSession(RuleSet ruleSet) {
        return SelectedRules.of(ruleSet, this).kieBase().newKieSession();
    }

    /**
     * True when persons are screened: a selected rule reads persons' watchlist matches. The matches of persons belong
     * to the assessment whose rules decide on them (border police's in the demo), not to every assessment.
     */
    boolean screensPersons(RuleSet ruleSet) {
        return SelectedRules.of(ruleSet, this).screensPersons();
    }

    /**
     * True when a selected rule reads facts about the persons on board (persons, their MRZs, history, sign-offs,
     * watchlist matches): only then are they built. Customs', port health's and the maritime authority's assessments
     * of a cruise filing skip 9,000 persons' MRZ checks and history look-ups that none of their rules reads.
     */
    boolean readsPersons(RuleSet ruleSet) {
        return SelectedRules.of(ruleSet, this).readsPersons();
    }

    /** True when parties are screened: always in {@link #DEFAULT}, else when a selected rule reads party matches. */
    boolean screensParties(RuleSet ruleSet) {
        return SelectedRules.of(ruleSet, this).screensParties();
    }

    /**
     * True when a selected rule reads parties (or their matches), whose first-time flag needs the party history: port
     * health's and the maritime authority's assessments do not ask the history.
     */
    boolean readsParties(RuleSet ruleSet) {
        return SelectedRules.of(ruleSet, this).readsParties();
    }

    /** True when one of these rules has a pattern of one of the facts, or of a type they are (an interface, Object). */
    boolean readsAnyOf(List<Rule> rules, List<Class<?>> facts) {
        return rules.stream().anyMatch(rule -> rule instanceof RuleImpl impl && reads(impl.getLhs(), facts));
    }

    List<Rule> selected(RuleSet ruleSet) {
        return ruleSet.kieBase().getKiePackages().stream().map(KiePackage::getRules).flatMap(rules -> rules.stream())
                .filter(this::selects).toList();
    }

    private static boolean reads(RuleConditionElement element, List<Class<?>> facts) {
        if (element instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type
                && facts.stream().anyMatch(fact -> fact.getName().equals(type.getClassName())
                        || type.getClassType() != null && type.getClassType().isAssignableFrom(fact))) {
            return true;
        }
        return element.getNestedElements().stream().anyMatch(nested -> reads(nested, facts));
    }

    static String agendaGroup(Rule rule) {
        return rule instanceof RuleImpl impl ? impl.getAgendaGroup() : MAIN;
    }
}
