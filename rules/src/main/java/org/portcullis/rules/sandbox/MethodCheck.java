package org.portcullis.rules.sandbox;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks the instructions of one generated method: every class it names (creates, casts to, catches, writes as
 * a literal), every method it calls and field it reads must be allowed ({@link RuleCodePolicy}, the engine members
 * of {@link EngineMembers}, or another class generated for the rule set), and so must the class of what each call
 * returns. It may not loop (a jump back to code already seen), synchronise, write static or outside fields, or
 * use {@code invokedynamic} but for the Java compiler's string concatenation: no lambdas, no method handles.
 * Invokers (the compiler's templates, which rule code cannot reach into) may read their own class file (to
 * compare bytecode, in a loop) and synchronise (they generate their consequence once, under a lock).
 */
final class MethodCheck extends MethodVisitor {

    private static final String STRING_CONCAT = "java/lang/invoke/StringConcatFactory";

    private final BytecodeCheck owner;
    private final String method;
    private final String node;
    private final Set<Label> seen = new HashSet<>();
    private int line;

    MethodCheck(BytecodeCheck owner, String method, String node) {
        super(Opcodes.ASM9);
        this.owner = owner;
        this.method = method;
        this.node = node;
    }

    @Override
    public void visitLineNumber(int generatedLine, Label start) {
        line = generatedLine;
    }

    @Override
    public void visitLabel(Label label) {
        seen.add(label);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        if (seen.contains(label) && !owner.generated().invoker()) {
            loops();
        }
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        visitLookupSwitchInsn(dflt, null, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        if (!owner.generated().invoker()
                && (seen.contains(dflt) || java.util.Arrays.stream(labels).anyMatch(seen::contains))) {
            loops();
        }
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode == Opcodes.MONITORENTER && !owner.generated().invoker()) {
            report("synchronizes on an object");
        }
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        Type named = type.startsWith("[") ? Type.getType(type) : Type.getObjectType(type);
        if (!owner.allowsType(named)) {
            report((opcode == Opcodes.NEW ? "creates a " : "uses ") + named.getClassName());
        }
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
        visitTypeInsn(Opcodes.ANEWARRAY, descriptor);
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        if (type != null) {
            visitTypeInsn(Opcodes.CHECKCAST, type);
        }
    }

    @Override
    public void visitLdcInsn(Object value) {
        if (value instanceof Type type && type.getSort() != Type.METHOD) {
            if (!owner.allowsType(type)) {
                report("uses the class literal " + type.getClassName());
            }
        } else if (value instanceof Type || value instanceof Handle || value instanceof ConstantDynamic) {
            report("uses a method handle");
        }
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        if (!bootstrap.getOwner().equals(STRING_CONCAT)) {
            report(bootstrap.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                    ? "uses a lambda or a method reference" : "uses invokedynamic");
        }
    }

    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
        if (opcode == Opcodes.PUTSTATIC && !owner.ownsSyntheticStaticField(fieldOwner, name)) {
            report("changes the static field " + className(fieldOwner) + "." + name);
        } else if (opcode == Opcodes.PUTFIELD && !owner.isGenerated(fieldOwner)) {
            report("changes the field " + name + " of a " + className(fieldOwner) + " directly");
        } else {
            member(fieldOwner, name, Type.getType(descriptor), "reads ");
        }
    }

    @Override
    public void visitMethodInsn(int opcode, String methodOwner, String name, String descriptor,
            boolean isInterface) {
        if (owner.isGenerated(methodOwner)) {
            owner.calls().call(node, owner.calls().key(methodOwner, name, descriptor));
        }
        member(methodOwner, name, Type.getReturnType(descriptor), name.equals("<init>") ? "creates a " : "calls ");
    }

    private void member(String memberOwner, String name, Type result, String verb) {
        if (memberOwner.startsWith("[")) {
            if (!owner.allowsType(Type.getType(memberOwner))) {
                report("uses " + Type.getType(memberOwner).getClassName());
            }
            return;
        }
        if (owner.isGenerated(memberOwner)) {
            return;
        }
        boolean invoker = owner.generated().invoker();
        if (invoker && EngineMembers.allowsInvokerJdkMember(memberOwner, name)) {
            return;
        }
        String display = verb.equals("creates a ") ? className(memberOwner) : className(memberOwner) + "." + name;
        if (EngineMembers.isEngineClass(memberOwner)) {
            if (!EngineMembers.allowsMember(memberOwner, name, invoker)) {
                report(verb + display);
            }
        } else if (!RuleCodePolicy.allowsType(className(memberOwner)) || RuleCodePolicy.forbidsMember(name)) {
            report(verb + display);
        } else if (!owner.allowsType(result)) {
            report(verb + display + ", which gives a " + result.getClassName());
        }
    }

    private void loops() {
        report("loops (for, while, do, or a jump back): rule code runs straight through; match each element"
                + " with a pattern ('$x : Type() from $collection') instead");
    }

    private void report(String what) {
        owner.report(owner.generated().at(method, line), what);
    }

    private static String className(String internalName) {
        return Type.getObjectType(internalName).getClassName();
    }
}
