package org.portcullis.rules.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What rule code may use: the fact model, a few JDK basics (values, text, collections, dates, numbers) and the
 * handful of rule engine members a consequence needs to insert, update or delete facts. Names are binary class
 * names ({@code java.util.Map$Entry}); whole packages are allowed by exact package name (and the fact model with
 * the packages below it), so a fact class added later to a fact package is allowed without a change here.
 */
final class RuleCodePolicy {

    /** The rules' own fact model: this package and those below it (facts of a concern, e.g. sensor events). */
    private static final String FACT_MODEL = "org.portcullis.rules.fact";

    /** Packages whose every class rule code may use: the fact model and the JDK's value packages. */
    private static final Set<String> PACKAGES = Set.of(
            "org.portcullis.rules.fact",
            "org.portcullis.model.assessment", "org.portcullis.model.filing", "org.portcullis.model.value",
            "org.portcullis.model.iot",
            "java.time", "java.time.format", "java.time.temporal", "java.time.chrono",
            "java.math", "java.util.regex");

    /** Single JDK classes rule code may use (their packages hold much else: threads, files, reflection). */
    private static final Set<String> CLASSES = Set.of(
            "java.lang.Object", "java.lang.String", "java.lang.StringBuilder", "java.lang.CharSequence",
            "java.lang.Math", "java.lang.StrictMath", "java.lang.Number", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean",
            "java.lang.Character", "java.lang.Comparable", "java.lang.Iterable", "java.lang.Enum",
            "java.lang.Exception", "java.lang.RuntimeException", "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException", "java.lang.ArithmeticException", "java.lang.NullPointerException",
            "java.lang.NumberFormatException", "java.lang.IndexOutOfBoundsException",
            "java.lang.UnsupportedOperationException", "java.lang.ClassCastException",
            // the Java compiler's switch over an enum catches it
            "java.lang.NoSuchFieldError",
            "java.util.Collection", "java.util.List", "java.util.ArrayList", "java.util.LinkedList",
            "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.SortedSet", "java.util.NavigableSet", "java.util.Map", "java.util.Map$Entry",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.SortedMap",
            "java.util.NavigableMap", "java.util.Queue", "java.util.Deque", "java.util.ArrayDeque",
            "java.util.EnumSet", "java.util.EnumMap", "java.util.Collections", "java.util.Arrays",
            "java.util.Iterator", "java.util.ListIterator", "java.util.Objects", "java.util.Optional",
            "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble", "java.util.Comparator",
            "java.util.StringJoiner", "java.util.Locale", "java.util.NoSuchElementException");

    /**
     * Members no rule code may use even on an allowed class: reflection (every object has {@code getClass}), the
     * JVM's own state (system properties read by {@code Integer.getInteger}, the default locale), printing stack
     * traces, and waiting on monitors.
     */
    static final Set<String> FORBIDDEN_MEMBERS = Set.of(
            "getClass", "class", "getDeclaringClass", "declaringClass", "getClassLoader", "classLoader",
            "wait", "notify", "notifyAll", "finalize", "getInteger", "getLong", "getBoolean", "setDefault",
            "printStackTrace", "getStackTrace", "setStackTrace");

    private static final Set<String> RESERVED_PREFIXES = Set.of("java", "javax", "jdk", "sun", "com.sun",
            "org.portcullis", "org.drools", "org.kie", "org.mvel2");

    private RuleCodePolicy() {
    }

    /** Whether rule code may use the class of this binary name (arrays by their element class). */
    static boolean allowsType(String binaryName) {
        String name = binaryName;
        while (name.endsWith("[]")) {
            name = name.substring(0, name.length() - 2);
        }
        if (isPrimitive(name) || CLASSES.contains(name)) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && allowsPackage(name.substring(0, dot));
    }

    static boolean allowsType(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        return element.isPrimitive() || allowsType(element.getName());
    }

    /** The single JDK classes rule code may use, loaded (a condition reaches them without naming them). */
    static List<Class<?>> jdkClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : CLASSES) {
            try {
                classes.add(Class.forName(name, false, ClassLoader.getPlatformClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the JDK lacks " + name, e);
            }
        }
        return classes;
    }

    /** Whether rule code may use every class of this package. */
    static boolean allowsPackage(String packageName) {
        return PACKAGES.contains(packageName) || packageName.startsWith(FACT_MODEL + ".");
    }

    /** Whether a rule set package would share its name with a package of the JDK or the application. */
    static boolean reservesPackage(String packageName) {
        return PACKAGES.contains(packageName) || RESERVED_PREFIXES.stream()
                .anyMatch(prefix -> packageName.equals(prefix) || packageName.startsWith(prefix + "."));
    }

    static boolean forbidsMember(String name) {
        return FORBIDDEN_MEMBERS.contains(name);
    }

    private static boolean isPrimitive(String name) {
        return switch (name) {
            case "boolean", "byte", "char", "short", "int", "long", "float", "double", "void" -> true;
            default -> false;
        };
    }
}
