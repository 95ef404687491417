package org.portcullis.rules.sandbox;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.portcullis.rules.sandbox.RuleCodeViolation.Where;

/**
 * Checks one class the rule compiler generated, instruction by instruction ({@link MethodCheck}): what it may
 * extend and implement (rule code: nothing but {@code Serializable} or {@code Externalizable}, as the templates of
 * accumulate state and functions have it; invokers: the engine's interfaces), no static initialiser, and whether
 * each class, method and field it refers to is one rule code may use. Calls to other generated classes are
 * collected for the recursion check.
 */
final class BytecodeCheck extends ClassVisitor {

    private final GeneratedClass generated;
    private final Set<String> generatedNames;
    private final CallGraph calls;
    private final Consumer<RuleCodeViolation> problems;
    private final Set<String> reported = new HashSet<>();
    private final Set<String> syntheticStaticFields = new HashSet<>();

    private BytecodeCheck(GeneratedClass generated, Set<String> generatedNames, CallGraph calls,
            Consumer<RuleCodeViolation> problems) {
        super(Opcodes.ASM9);
        this.generated = generated;
        this.generatedNames = generatedNames;
        this.calls = calls;
        this.problems = problems;
    }

    static void check(GeneratedClass generated, Set<String> generatedNames, CallGraph calls,
            Consumer<RuleCodeViolation> problems) {
        new ClassReader(generated.bytecode()).accept(new BytecodeCheck(generated, generatedNames, calls, problems),
                ClassReader.SKIP_FRAMES);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
            String[] interfaces) {
        if (!"java/lang/Object".equals(superName)) {
            report(generated.origin(), "declares a class extending " + Type.getObjectType(superName).getClassName());
        }
        for (String implemented : interfaces) {
            boolean allowed = generated.invoker() ? EngineMembers.isEngineClass(implemented)
                    : implemented.equals("java/io/Serializable") || implemented.equals("java/io/Externalizable");
            if (!allowed) {
                report(generated.origin(), "declares a class implementing "
                        + Type.getObjectType(implemented).getClassName());
            }
        }
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        if ((access & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_SYNTHETIC) != 0) {
            syntheticStaticFields.add(name);
        }
        return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        if (name.equals("<clinit>")) {
            report(generated.origin(), "has a static initialiser");
        }
        String node = calls.node(generated.name(), name, descriptor, generated.origin());
        return new MethodCheck(this, name, node);
    }

    GeneratedClass generated() {
        return generated;
    }

    boolean isGenerated(String internalName) {
        return generatedNames.contains(internalName);
    }

    boolean ownsSyntheticStaticField(String owner, String field) {
        return owner.equals(generated.name()) && syntheticStaticFields.contains(field);
    }

    CallGraph calls() {
        return calls;
    }

    /** Whether generated code may hold a value of this type (internal name or array descriptor). */
    boolean allowsType(Type type) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        if (element.getSort() != Type.OBJECT) {
            return true;
        }
        String internal = element.getInternalName();
        return isGenerated(internal) || RuleCodePolicy.allowsType(element.getClassName())
                || EngineMembers.allowsType(internal, generated.invoker());
    }

    void report(Where where, String what) {
        if (reported.add(what + "@" + where.line())) {
            problems.accept(where.violation(what));
        }
    }
}
