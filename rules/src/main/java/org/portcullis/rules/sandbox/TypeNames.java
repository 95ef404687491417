package org.portcullis.rules.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mvel2.compiler.AbstractParser;

/**
 * Finds the class a name in rule code stands for, the way the rule compiler and MVEL would: a simple name through
 * the file's imports, {@code java.lang}, the file's own package, its wildcard imports and MVEL's built-in class
 * names ({@code System}, {@code Runtime}, {@code Thread} ...); a dotted name as a fully qualified class name
 * (nested classes included). Classes are looked up without being initialised. Lookups are remembered for one
 * compilation.
 */
final class TypeNames {

    private final ClassLoader loader;
    private final Map<String, Optional<Class<?>>> loaded = new HashMap<>();

    TypeNames(ClassLoader loader) {
        this.loader = loader;
    }

    /** What a DRL file's names resolve against: its package and imports. */
    record Scope(String packageName, Map<String, String> imports, List<String> wildcardPackages) {

        static Scope of(String packageName, List<String> importTargets) {
            Map<String, String> imports = new HashMap<>();
            List<String> wildcards = new ArrayList<>();
            for (String target : importTargets) {
                if (target.endsWith(".*")) {
                    wildcards.add(target.substring(0, target.length() - 2));
                } else {
                    imports.put(target.substring(target.lastIndexOf('.') + 1), target);
                }
            }
            return new Scope(packageName == null ? "" : packageName, imports, wildcards);
        }
    }

    /** The class a simple name stands for in the scope, if any. */
    Optional<Class<?>> resolveSimple(String name, Scope scope) {
        String imported = scope.imports().get(name);
        if (imported != null) {
            Optional<Class<?>> type = resolveQualified(imported);
            if (type.isPresent()) {
                return type;
            }
        }
        if (AbstractParser.CLASS_LITERALS.get(name) instanceof Class<?> literal) {
            return Optional.of(literal);
        }
        List<String> candidates = new ArrayList<>();
        candidates.add("java.lang." + name);
        if (!scope.packageName().isEmpty()) {
            candidates.add(scope.packageName() + "." + name);
        }
        scope.wildcardPackages().forEach(pkg -> candidates.add(pkg + "." + name));
        for (String candidate : candidates) {
            Optional<Class<?>> type = load(candidate);
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }

    /**
     * The classes a dotted chain of names ({@code java.lang.Runtime.getRuntime}, {@code Map.Entry}) names: the
     * first class found (a simple name in scope, or the shortest qualified prefix) and each nested class after it.
     */
    List<Class<?>> resolveChain(List<String> parts, Scope scope) {
        List<Class<?>> found = new ArrayList<>();
        Class<?> current = resolveSimple(parts.get(0), scope).orElse(null);
        int next = 1;
        if (current == null) {
            StringBuilder qualified = new StringBuilder(parts.get(0));
            for (; next < parts.size() && current == null; next++) {
                qualified.append('.').append(parts.get(next));
                current = load(qualified.toString()).orElse(null);
            }
        }
        while (current != null) {
            found.add(current);
            current = next < parts.size() ? load(current.getName() + "$" + parts.get(next++)).orElse(null) : null;
        }
        return found;
    }

    /** The class of a qualified name, nested classes written with dots ({@code java.util.Map.Entry}) too. */
    Optional<Class<?>> resolveQualified(String name) {
        String candidate = name;
        while (true) {
            Optional<Class<?>> type = load(candidate);
            int dot = candidate.lastIndexOf('.');
            if (type.isPresent() || dot < 0) {
                return type;
            }
            candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
        }
    }

    private Optional<Class<?>> load(String name) {
        return loaded.computeIfAbsent(name, key -> {
            try {
                return Optional.of(Class.forName(key, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        });
    }
}
