package org.portcullis.rules.sandbox;

import java.util.Map;
import java.util.Set;

/**
 * The rule engine's own classes generated code may use. A consequence gets {@code drools} and {@code kcontext}:
 * through them it may insert, update and delete facts and read its rule's name and metadata, nothing else (not
 * the session, its globals or the knowledge base). The invokers the compiler generates from its templates to
 * call a rule's code read the rule's declarations from the engine's tuples and compare their own bytecode; they
 * may use the engine packages those templates need. Class names are internal ({@code org/kie/api/...}).
 */
final class EngineMembers {

    /** Members of engine classes that rule code (consequences, conditions compiled to Java, functions) may use. */
    private static final Map<String, Set<String>> RULE_CODE_MEMBERS = Map.of(
            "org/drools/core/rule/consequence/KnowledgeHelper",
            Set.of("insert", "insertLogical", "update", "delete", "retract", "getRule"),
            "org/kie/api/runtime/rule/RuleContext", Set.of("insertLogical", "getRule"),
            "org/kie/api/definition/rule/Rule", Set.of("getName", "getPackageName", "getId", "getMetaData"),
            "org/drools/mvel/field/FieldFactory", Set.of("getInstance", "getFieldValue"));

    /** Engine classes rule code may hold, cast to and receive (as {@code drools}, a fact handle, a rule). */
    private static final Set<String> RULE_CODE_TYPES = Set.of(
            "org/drools/core/rule/consequence/KnowledgeHelper", "org/kie/api/runtime/rule/RuleContext",
            "org/kie/api/definition/rule/Rule", "org/kie/api/runtime/rule/FactHandle",
            "org/drools/base/rule/consequence/ConsequenceContext", "org/drools/base/rule/accessor/FieldValue",
            "org/drools/mvel/field/FieldFactory");

    /** Property-reactive {@code modify} computes which properties changed with these (bit arithmetic only). */
    private static final String BIT_MASKS = "org/drools/util/bitmask/";

    /** Packages whose classes the compiler's invoker templates use. */
    private static final Set<String> INVOKER_PACKAGES = Set.of(
            "org/drools/base/rule", "org/drools/base/rule/accessor", "org/drools/base/rule/consequence",
            "org/drools/base/base", "org/drools/base/reteoo", "org/drools/core/rule/consequence",
            "org/drools/mvel/asm", "org/drools/mvel/field", "org/kie/api/runtime/rule");

    /**
     * JDK members the invoker templates use to read their own class file (to compare bytecode): the class
     * loader's resource stream, read into a byte array.
     */
    private static final Map<String, Set<String>> INVOKER_JDK_MEMBERS = Map.of(
            "java/lang/Object", Set.of("getClass"),
            "java/lang/Class", Set.of("getClassLoader"),
            "java/lang/ClassLoader", Set.of("getResourceAsStream"),
            "java/io/InputStream", Set.of("read", "close"),
            "java/io/ByteArrayOutputStream", Set.of("<init>", "write", "toByteArray", "toString", "close"));

    private EngineMembers() {
    }

    /** Whether an invoker may use this JDK member (to read its own class file). */
    static boolean allowsInvokerJdkMember(String owner, String name) {
        return INVOKER_JDK_MEMBERS.getOrDefault(owner, Set.of()).contains(name);
    }

    static boolean allowsType(String internalName, boolean invoker) {
        return RULE_CODE_TYPES.contains(internalName) || internalName.startsWith(BIT_MASKS)
                || invoker && (INVOKER_PACKAGES.contains(packageOf(internalName))
                        || INVOKER_JDK_MEMBERS.containsKey(internalName));
    }

    /** Whether generated code may use this member of an engine class. */
    static boolean allowsMember(String owner, String name, boolean invoker) {
        if (owner.startsWith(BIT_MASKS) || invoker && INVOKER_PACKAGES.contains(packageOf(owner))) {
            return true;
        }
        return RULE_CODE_MEMBERS.getOrDefault(owner, Set.of()).contains(name);
    }

    static boolean isEngineClass(String internalName) {
        return internalName.startsWith("org/drools/") || internalName.startsWith("org/kie/");
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }
}
