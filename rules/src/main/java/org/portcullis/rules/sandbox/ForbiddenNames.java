package org.portcullis.rules.sandbox;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The member names a rule condition (MVEL, checked as text, without the types the names are called on) may not
 * use: those of {@link RuleCodePolicy#FORBIDDEN_MEMBERS}, and every method, bean property or field of a class a
 * condition can reach whose value is of a class rule code may not use ({@code getClass}, {@code stream},
 * {@code getRules} ...). Starting from the classes a rule set names, each allowed class's members lead to the
 * classes they return; a name that leaves the allowed classes anywhere is refused everywhere. So whatever a name
 * is called on, every value in a condition stays of an allowed class.
 */
final class ForbiddenNames {

    private static final ClassValue<Surface> SURFACES = new ClassValue<>() {
        @Override
        protected Surface computeValue(Class<?> type) {
            return Surface.of(type);
        }
    };

    private final Set<String> names = new HashSet<>(RuleCodePolicy.FORBIDDEN_MEMBERS);

    /** The names forbidden when conditions can reach these classes (and what they return). */
    ForbiddenNames(Collection<Class<?>> namedClasses) {
        Deque<Class<?>> pending = new ArrayDeque<>(namedClasses);
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!RuleCodePolicy.allowsType(type) || !seen.add(type)) {
                continue;
            }
            Surface surface = SURFACES.get(type);
            names.addAll(surface.leaving());
            pending.addAll(surface.reached());
        }
    }

    boolean forbids(String name) {
        return names.contains(name);
    }

    /**
     * What one class's public members lead to: allowed classes, and the names of members that leave them. Bridge
     * methods (a {@code StringBuilder.append} typed as its hidden superclass's) are not what a call resolves to.
     */
    private record Surface(Set<String> leaving, Set<Class<?>> reached) {

        static Surface of(Class<?> type) {
            Set<String> leaving = new HashSet<>();
            Set<Class<?>> reached = new HashSet<>();
            for (Method method : type.getMethods()) {
                if (!method.isBridge() && !method.isSynthetic()) {
                    follow(method.getReturnType(), leaving, reached, namesOf(method));
                }
            }
            for (Field field : type.getFields()) {
                follow(field.getType(), leaving, reached, Set.of(field.getName()));
            }
            return new Surface(Set.copyOf(leaving), Set.copyOf(reached));
        }

        private static void follow(Class<?> result, Set<String> leaving, Set<Class<?>> reached,
                Set<String> names) {
            Class<?> element = result;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (element.isPrimitive()) {
                return;
            }
            if (RuleCodePolicy.allowsType(element)) {
                reached.add(element);
            } else {
                leaving.addAll(names);
            }
        }

        /** A method's name and, for a getter, the bean property names MVEL reads it by. */
        private static Set<String> namesOf(Method method) {
            String name = method.getName();
            Set<String> names = new HashSet<>(Set.of(name));
            if (method.getParameterCount() == 0) {
                String property = name.startsWith("get") ? name.substring(3)
                        : name.startsWith("is") ? name.substring(2) : "";
                if (!property.isEmpty()) {
                    names.add(property);
                    names.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
                }
            }
            return names;
        }
    }
}
