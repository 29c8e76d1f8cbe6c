package io.miningaudit.engine;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one class file refers to, read from its constant pool (JVMS §4.4) without loading it: the classes it names and
 * the fields and methods it reaches (including through method handles), and for each of its methods the entries its
 * code uses, so that a generated method can be related to the lambda classes it builds and the strings it passes.
 */
final class ClassReferences {
    /** A field or method of {@code owner} (internal name, {@code java/lang/String}) reached by the class. */
    record Member(String owner, String name, String descriptor, boolean field) {
        @Override
        public String toString() {
            return owner.replace('/', '.') + (field ? "." + name : "." + name + "()");
        }
    }

    /** What one method's code mentions: classes, members and string constants, in the order they appear. */
    record MethodUse(String name, Set<String> classes, Set<Member> members, List<String> strings) {
    }

    private final String name;
    private final Set<String> classes = new LinkedHashSet<>();
    private final Set<Member> members = new LinkedHashSet<>();
    private final List<MethodUse> methods = new ArrayList<>();

    private ClassReferences(String name) {
        this.name = name;
    }

    /** The internal name of the class ({@code rules/energylaw/Rules1A2B}). */
    String name() {
        return name;
    }

    /** Every class the constant pool names (arrays by their element type), the class itself included. */
    Set<String> classes() {
        return classes;
    }

    /** Every field and method the constant pool refers to, directly or through a method handle. */
    Set<Member> members() {
        return members;
    }

    List<MethodUse> methods() {
        return methods;
    }

    private static final int UTF8 = 1, INTEGER = 3, FLOAT = 4, LONG = 5, DOUBLE = 6, CLASS = 7, STRING = 8,
            FIELD = 9, METHOD = 10, INTERFACE_METHOD = 11, NAME_AND_TYPE = 12, METHOD_HANDLE = 15, METHOD_TYPE = 16,
            DYNAMIC = 17, INVOKE_DYNAMIC = 18, MODULE = 19, PACKAGE = 20;

    /** Reads a class file; a file that is not one is an {@link IOException}. */
    static ClassReferences read(byte[] bytes) throws IOException {
        try {
            return parse(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (RuntimeException e) {
            throw new IOException("not a well-formed class file: " + e, e);
        }
    }

    private static ClassReferences parse(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        int[] tags = new int[count];
        int[] a = new int[count];
        int[] b = new int[count];
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case UTF8 -> utf8[i] = in.readUTF();
                case INTEGER, FLOAT -> in.readInt();
                case LONG, DOUBLE -> {
                    in.readLong();
                    i++;
                }
                case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> a[i] = in.readUnsignedShort();
                case FIELD, METHOD, INTERFACE_METHOD, NAME_AND_TYPE, DYNAMIC, INVOKE_DYNAMIC -> {
                    a[i] = in.readUnsignedShort();
                    b[i] = in.readUnsignedShort();
                }
                case METHOD_HANDLE -> {
                    a[i] = in.readUnsignedByte();
                    b[i] = in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        in.readUnsignedShort();
        String self = utf8[a[in.readUnsignedShort()]];
        ClassReferences refs = new ClassReferences(self);
        Member[] memberAt = new Member[count];
        for (int i = 1; i < count; i++) {
            if (tags[i] == CLASS) {
                refs.classes.add(elementType(utf8[a[i]]));
            } else if (tags[i] == FIELD || tags[i] == METHOD || tags[i] == INTERFACE_METHOD) {
                int nat = b[i];
                memberAt[i] = new Member(utf8[a[a[i]]], utf8[a[nat]], utf8[b[nat]], tags[i] == FIELD);
                refs.members.add(memberAt[i]);
                refs.classes.add(elementType(memberAt[i].owner()));
            }
        }
        in.readUnsignedShort();
        int interfaces = in.readUnsignedShort();
        for (int i = 0; i < interfaces; i++) {
            in.readUnsignedShort();
        }
        skipFieldsOrMethods(in, null, null);
        skipFieldsOrMethods(in, utf8, (method, code) -> refs.methods.add(use(method, code, tags, a, b, utf8,
                memberAt)));
        return refs;
    }

    private interface CodeSink {
        void accept(String method, byte[] code);
    }

    /** Reads the fields or methods table; for methods, hands each method's bytecode to {@code sink}. */
    private static void skipFieldsOrMethods(DataInputStream in, String[] utf8, CodeSink sink) throws IOException {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            in.readUnsignedShort();
            int nameIndex = in.readUnsignedShort();
            in.readUnsignedShort();
            int attributes = in.readUnsignedShort();
            for (int j = 0; j < attributes; j++) {
                int attrName = in.readUnsignedShort();
                int length = in.readInt();
                byte[] body = in.readNBytes(length);
                if (sink != null && "Code".equals(utf8[attrName])) {
                    DataInputStream code = new DataInputStream(new ByteArrayInputStream(body));
                    code.readUnsignedShort();
                    code.readUnsignedShort();
                    sink.accept(utf8[nameIndex], code.readNBytes(code.readInt()));
                }
            }
        }
    }

    /** The constant pool entries one method's instructions use. */
    private static MethodUse use(String method, byte[] code, int[] tags, int[] a, int[] b, String[] utf8,
                                 Member[] memberAt) {
        Set<String> classes = new LinkedHashSet<>();
        Set<Member> members = new LinkedHashSet<>();
        List<String> strings = new ArrayList<>();
        int pc = 0;
        while (pc < code.length) {
            int op = code[pc] & 0xFF;
            int index = switch (op) {
                case 0x12 -> code[pc + 1] & 0xFF;
                case 0x13, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbd, 0xc0, 0xc1, 0xc5 ->
                        ((code[pc + 1] & 0xFF) << 8) | (code[pc + 2] & 0xFF);
                default -> 0;
            };
            if (index > 0 && index < tags.length) {
                switch (tags[index]) {
                    case CLASS -> classes.add(elementType(utf8[a[index]]));
                    case STRING -> strings.add(utf8[a[index]]);
                    case FIELD, METHOD, INTERFACE_METHOD -> members.add(memberAt[index]);
                    case INVOKE_DYNAMIC -> members.add(new Member("", utf8[a[b[index]]], utf8[b[b[index]]], false));
                    default -> { }
                }
            }
            pc += length(code, pc, op);
        }
        return new MethodUse(method, classes, members, strings);
    }

    /** The length of the instruction at {@code pc} (JVMS §6.5). */
    private static int length(byte[] code, int pc, int op) {
        if (op == 0xaa || op == 0xab) {
            int p = (pc + 4) & ~3;
            if (op == 0xaa) {
                int low = readInt(code, p + 4);
                int high = readInt(code, p + 8);
                return p + 12 + (high - low + 1) * 4 - pc;
            }
            return p + 8 + readInt(code, p + 4) * 8 - pc;
        }
        if (op == 0xc4) {
            return (code[pc + 1] & 0xFF) == 0x84 ? 6 : 4;
        }
        return LENGTHS[op];
    }

    private static final int[] LENGTHS = new int[256];

    static {
        java.util.Arrays.fill(LENGTHS, 1);
        for (int op : new int[] {0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3a, 0xa9, 0xbc}) {
            LENGTHS[op] = 2;
        }
        for (int op = 0x99; op <= 0xa8; op++) {
            LENGTHS[op] = 3;
        }
        for (int op : new int[] {0x11, 0x13, 0x14, 0x84, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xbb, 0xbd, 0xc0,
                0xc1, 0xc6, 0xc7}) {
            LENGTHS[op] = 3;
        }
        LENGTHS[0xc5] = 4;
        for (int op : new int[] {0xb9, 0xba, 0xc8, 0xc9}) {
            LENGTHS[op] = 5;
        }
    }

    private static int readInt(byte[] code, int p) {
        return ((code[p] & 0xFF) << 24) | ((code[p + 1] & 0xFF) << 16) | ((code[p + 2] & 0xFF) << 8)
                | (code[p + 3] & 0xFF);
    }

    /** {@code [[Ljava/lang/String;} is {@code java/lang/String}; a primitive array is {@code [I}'s element, "I". */
    private static String elementType(String name) {
        int dims = 0;
        while (dims < name.length() && name.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return name;
        }
        String element = name.substring(dims);
        return element.startsWith("L") && element.endsWith(";") ? element.substring(1, element.length() - 1)
                : element;
    }

    /** Every class of a jar's entries, by internal name. */
    static Map<String, ClassReferences> ofJar(Map<String, byte[]> entries) throws IOException {
        Map<String, ClassReferences> classes = new TreeMap<>();
        for (var e : entries.entrySet()) {
            if (e.getKey().endsWith(".class")) {
                ClassReferences refs = read(e.getValue());
                classes.put(refs.name(), refs);
            }
        }
        return classes;
    }
}
