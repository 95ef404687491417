package org.portcullis.rules.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.portcullis.rules.sandbox.RuleCodeViolation.Where;

/**
 * Calls between the methods generated for a rule set (consequences, functions). Rule code may not loop, so the
 * only way it could run without end is to call itself; a cycle of calls is refused.
 */
final class CallGraph {

    private final Map<String, Where> origins = new LinkedHashMap<>();
    private final Map<String, Set<String>> callees = new HashMap<>();

    /** Registers a generated method and where its code comes from; gives its key. */
    String node(String owner, String name, String descriptor, Where origin) {
        String key = key(owner, name, descriptor);
        origins.put(key, origin);
        return key;
    }

    String key(String owner, String name, String descriptor) {
        return owner + "." + name + descriptor;
    }

    void call(String from, String to) {
        callees.computeIfAbsent(from, key -> new LinkedHashSet<>()).add(to);
    }

    /** Reports each cycle once, at the rule or function where it is first met. */
    void reportCycles(Consumer<RuleCodeViolation> problems) {
        Set<String> done = new HashSet<>();
        for (String start : origins.keySet()) {
            List<String> cycle = cycleFrom(start, new ArrayList<>(), new HashSet<>(), done);
            if (!cycle.isEmpty()) {
                List<String> subjects = cycle.stream().map(key -> origins.containsKey(key)
                        ? origins.get(key).subject() : key).distinct().toList();
                problems.accept(origins.get(cycle.get(0)).violation("calls itself (" + String.join(" -> ", subjects)
                        + " -> " + subjects.get(0) + "): rule code may not recurse"));
                done.addAll(cycle);
            }
        }
    }

    private List<String> cycleFrom(String node, List<String> path, Set<String> onPath, Set<String> done) {
        if (onPath.contains(node)) {
            return List.copyOf(path.subList(path.indexOf(node), path.size()));
        }
        if (done.contains(node)) {
            return List.of();
        }
        path.add(node);
        onPath.add(node);
        for (String callee : callees.getOrDefault(node, Set.of())) {
            List<String> cycle = cycleFrom(callee, path, onPath, done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(node);
        done.add(node);
        return List.of();
    }
}
