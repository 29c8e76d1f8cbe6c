package io.miningaudit.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a compiled rule file may reach, checked on the classes Drools generated for it (its consequences, its
 * constraints, its functions, the model that wires them) rather than on its text, so that no spelling, escape or
 * comment trick gets past it. Every class, field and method the constant pools name must be on the allow-list: the
 * fact model, the rule functions, a few value classes of the JDK ({@code String}, {@code Math}, the boxed numbers,
 * {@code java.math}, {@code java.time}, the collection interfaces and their immutable factories) and the parts of
 * Drools' model DSL the generated code is made of. Nothing else: no reflection, no class loaders, no MVEL, no files,
 * threads or processes, and of the engine only {@code insert} and {@code insertLogical} (no delete, update, modify,
 * halt, entry points, channels or globals).
 */
final class RuleBytecode {
    /** Changes whenever the allow-list does, so that no file checked against an older one is taken from the cache. */
    static final int VERSION = 1;

    static final String ALLOWED = "a rule may reach only the fact model, the rule functions, String, Math, the boxed"
            + " numbers, java.math, java.time and the immutable collections";

    /** Packages (exactly these, not their sub-packages) whose classes and members are all allowed. */
    private static final Set<String> OPEN_PACKAGES = Set.of("java/math", "java/time", "java/time/format",
            "java/time/temporal", "org/drools/model", "org/drools/model/bitmask", "org/drools/model/consequences",
            "org/drools/model/constraints", "org/drools/model/functions", "org/drools/model/functions/accumulate",
            "org/drools/model/functions/temporal", "org/drools/model/impl", "org/drools/model/index",
            "org/drools/model/operators", "org/drools/model/patterns", "org/drools/model/util",
            "org/drools/model/view", "org/drools/modelcompiler/dsl/pattern", "org/kie/api/builder/model",
            "org/kie/api/conf");

    /** Packages, with their sub-packages, that are the project's own rule-facing code. */
    private static final List<String> OPEN_TREES = List.of("io/miningaudit/facts/", "io/miningaudit/engine/functions/");

    /** Classes whose members are all allowed. */
    private static final Set<String> OPEN_CLASSES = Set.of("java/lang/String", "java/lang/Math",
            "java/lang/StrictMath", "java/lang/Number", "java/lang/Integer", "java/lang/Long", "java/lang/Short",
            "java/lang/Byte", "java/lang/Double", "java/lang/Float", "java/lang/Boolean", "java/lang/Character",
            "java/lang/CharSequence", "java/lang/Comparable", "java/lang/Iterable", "java/util/Collection",
            "java/util/List", "java/util/Set", "java/util/Map", "java/util/Map$Entry", "java/util/Iterator",
            "java/util/Optional", "java/util/Objects", "java/util/Comparator", "java/util/Collections",
            "java/lang/Exception", "java/lang/RuntimeException", "java/lang/IllegalArgumentException",
            "java/lang/IllegalStateException", "java/lang/ArithmeticException", "java/lang/NumberFormatException",
            "java/lang/UnsupportedOperationException", "java/time/DateTimeException",
            "org/drools/modelcompiler/util/EvaluationUtil");

    /** Classes of which only these members may be used (an empty set: the class may be named, nothing used). */
    private static final Map<String, Set<String>> SOME_MEMBERS = Map.ofEntries(
            Map.entry("java/lang/Object", Set.of("<init>", "equals", "hashCode", "toString")),
            Map.entry("java/lang/Enum", Set.of("<init>", "valueOf", "name", "ordinal", "compareTo", "equals",
                    "hashCode", "toString")),
            Map.entry("java/lang/System", Set.of("arraycopy")),
            Map.entry("java/util/Arrays", Set.of("asList")),
            Map.entry("java/util/Locale", Set.of("ENGLISH", "ROOT")),
            Map.entry("java/lang/invoke/LambdaMetafactory", Set.of("metafactory", "altMetafactory")),
            Map.entry("java/lang/invoke/StringConcatFactory", Set.of("makeConcatWithConstants", "makeConcat")),
            Map.entry("java/lang/invoke/MethodHandles", Set.of()),
            Map.entry("java/lang/invoke/MethodHandles$Lookup", Set.of()),
            Map.entry("org/drools/model/Drools", Set.of("insert")),
            Map.entry("org/drools/core/rule/consequence/KnowledgeHelper", Set.of("insertLogical", "getRule")),
            Map.entry("org/kie/api/runtime/rule/RuleContext", Set.of("getRule")),
            Map.entry("org/drools/modelcompiler/consequence/DroolsImpl", Set.of("asKnowledgeHelper")),
            Map.entry("org/drools/modelcompiler/CanonicalKieModuleModel", Set.of()),
            Map.entry("org/drools/util/DateUtils", Set.of("getDateFormatMask")),
            Map.entry("org/kie/api/KieServices", Set.of("get", "newKieModuleModel")),
            Map.entry("org/kie/api/runtime/conf/ClockTypeOption", Set.of("get")),
            Map.entry("org/kie/util/maven/support/ReleaseIdImpl", Set.of("<init>")));

    /** Drools' accumulate functions (collectSet, sum, count, …) may be created, nothing more. */
    private static final String ACCUMULATORS = "org/drools/core/base/accumulators";

    /** Members no owner may expose to a rule, inherited from Object: the class of a value, and its monitor. */
    private static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll", "finalize");

    /** Parts of the model DSL that hand a rule globals, entry points, scripts or rule units. */
    private static final Set<String> NEVER_IN_DSL = Set.of("globalOf", "entryPoint", "executeScript", "unitData",
            "unit", "exchangeOf", "window", "send", "getChannel", "getEntryPoint");

    private RuleBytecode() {
    }

    /** One reference the allow-list does not hold, in a class of the compiled file: a member, or a class named. */
    record Refusal(String inClass, String what, ClassReferences.Member member, String className) {
        boolean usedBy(ClassReferences.MethodUse method) {
            return member != null ? method.members().contains(member)
                    : method.classes().contains(className)
                    || method.members().stream().anyMatch(m -> m.owner().equals(className));
        }
    }

    /** Every reference of the jar's classes outside the allow-list, a class's references in pool order. */
    static List<Refusal> refusals(Map<String, ClassReferences> classes) {
        List<Refusal> refusals = new ArrayList<>();
        for (ClassReferences refs : classes.values()) {
            Set<String> seen = new LinkedHashSet<>();
            for (ClassReferences.Member m : refs.members()) {
                String why = forbidden(m, classes);
                if (why != null && seen.add(why)) {
                    refusals.add(new Refusal(refs.name(), why, m, null));
                }
            }
            for (String c : refs.classes()) {
                String dotted = c.replace('/', '.');
                if (!classAllowed(c, classes) && seen.stream().noneMatch(s -> s.startsWith(dotted + "."))
                        && seen.add(dotted)) {
                    refusals.add(new Refusal(refs.name(), dotted, null, c));
                }
            }
        }
        return refusals;
    }

    private static String forbidden(ClassReferences.Member m, Map<String, ClassReferences> jar) {
        String owner = m.owner();
        if (NEVER.contains(m.name())) {
            return m.toString();
        }
        if (jar.containsKey(owner)) {
            return null;
        }
        Set<String> some = SOME_MEMBERS.get(owner);
        if (some != null) {
            return some.contains(m.name()) ? null : m.toString();
        }
        String pkg = packageOf(owner);
        if (pkg.equals(ACCUMULATORS)) {
            return m.name().equals("<init>") ? null : m.toString();
        }
        if (pkg.startsWith("org/drools/") && NEVER_IN_DSL.contains(m.name())) {
            return m.toString();
        }
        return classAllowed(owner, jar) ? null : m.toString();
    }

    private static boolean classAllowed(String name, Map<String, ClassReferences> jar) {
        if (name.length() == 1 || jar.containsKey(name) || OPEN_CLASSES.contains(name)
                || SOME_MEMBERS.containsKey(name)) {
            return true; // a primitive array's element, the file's own classes
        }
        String pkg = packageOf(name);
        return OPEN_PACKAGES.contains(pkg) || pkg.equals(ACCUMULATORS)
                || OPEN_TREES.stream().anyMatch(name::startsWith);
    }

    private static String packageOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    private static final Pattern RULE_METHOD = Pattern.compile("(?:lambda\\$)?(rule_[\\w$]+?)(?:\\$\\d+)?");

    /**
     * Which rules the classes and methods of a compiled file belong to. A rule method ({@code rule_…} of a
     * {@code …RuleMethods} class) builds its rule from the lambda classes it names (its constraints, bindings and
     * consequence) and passes the rule's name right after its package's; a lambda left in the rule method's class is
     * a synthetic method {@code lambda$rule_…$0}.
     */
    static final class Owners {
        private final Map<String, Set<String>> byClass = new LinkedHashMap<>();
        private final Map<String, String> byMethod = new LinkedHashMap<>();

        Owners(Map<String, ClassReferences> classes) {
            for (ClassReferences refs : classes.values()) {
                if (!refs.name().contains("RuleMethods")) {
                    continue;
                }
                String pkg = refs.name().substring(0, Math.max(0, refs.name().lastIndexOf('/'))).replace('/', '.');
                for (ClassReferences.MethodUse method : refs.methods()) {
                    if (!method.name().startsWith("rule_")) {
                        continue;
                    }
                    int at = method.strings().indexOf(pkg);
                    String rule = at >= 0 && at + 1 < method.strings().size() ? method.strings().get(at + 1)
                            : decode(method.name().substring("rule_".length()));
                    byMethod.put(refs.name() + "#" + method.name(), rule);
                    method.members().forEach(m -> belongs(classes, refs, m.owner(), rule));
                    method.classes().forEach(c -> belongs(classes, refs, c, rule));
                }
            }
        }

        private void belongs(Map<String, ClassReferences> classes, ClassReferences from, String c, String rule) {
            if (classes.containsKey(c) && !c.equals(from.name())) {
                byClass.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(rule);
            }
        }

        /** The rules a method's code serves: its own rule for a rule method or its lambda, else its class's. */
        Set<String> of(ClassReferences refs, ClassReferences.MethodUse method) {
            Matcher m = RULE_METHOD.matcher(method.name());
            String rule = m.matches() ? byMethod.get(refs.name() + "#" + m.group(1)) : null;
            return rule != null ? Set.of(rule) : byClass.getOrDefault(refs.name(), Set.of());
        }

        Set<String> of(String className) {
            return byClass.getOrDefault(className, Set.of());
        }
    }

    /** {@code ECL_45EQUIPMENT_32Confiscate} is "ECL-EQUIPMENT Confiscate": {@code _n} is the character n. */
    static String decode(String mangled) {
        Matcher m = Pattern.compile("_(\\d+)").matcher(mangled);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The problems of one compiled file: each refused reference once per rule that uses it, located at the rule
     * ({@code file:line} of its {@code rule} line, or the workbook, sheet and row of a table's rule); a reference no
     * rule owns (a global's declaration, a function) at that declaration, else at the file.
     *
     * @param drl      the file's DRL (a table's generated DRL), to find the line of each rule
     * @param location maps a line of {@code drl} (0 when not found) to the location to report
     * @param table    whether the file is a decision table, whose rules are its rows
     */
    static List<RuleProblem> check(Map<String, byte[]> entries, String drl, Function<Integer, String> location,
                                   boolean table) throws IOException {
        Map<String, ClassReferences> classes = ClassReferences.ofJar(entries);
        List<Refusal> refusals = refusals(classes);
        if (refusals.isEmpty()) {
            return List.of();
        }
        Owners owners = new Owners(classes);
        Set<String> reported = new LinkedHashSet<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (Refusal r : refusals) {
            ClassReferences refs = classes.get(r.inClass());
            Set<String> rules = new LinkedHashSet<>();
            for (ClassReferences.MethodUse method : refs.methods()) {
                if (r.usedBy(method)) {
                    rules.addAll(owners.of(refs, method));
                }
            }
            if (rules.isEmpty()) {
                rules.addAll(owners.of(r.inClass()));
            }
            if (rules.isEmpty()) {
                String where = location.apply(declarationLine(drl, r));
                if (reported.add(where + "\0" + r.what())) {
                    problems.add(new RuleProblem(RuleProblem.Level.ERROR, where,
                            "this file may not use " + r.what() + " (" + ALLOWED + ")"));
                }
            }
            for (String rule : rules) {
                String where = location.apply(ruleLine(drl, rule));
                if (reported.add(where + "\0" + r.what())) {
                    problems.add(new RuleProblem(RuleProblem.Level.ERROR, where,
                            (table ? "this row" : "rule \"" + rule + "\"") + " may not use " + r.what()
                                    + " (" + ALLOWED + ")"));
                }
            }
        }
        return problems;
    }

    /** The line of what a reference no rule owns comes from: a {@code global}, a {@code function}, or 0. */
    private static int declarationLine(String drl, Refusal r) {
        if (r.member() != null && r.member().name().equals("globalOf")) {
            Matcher m = Pattern.compile("(?m)^\\s*global\\s").matcher(drl);
            return m.find() ? lineOf(drl, m.end()) : 0;
        }
        return functionLine(drl, r.inClass());
    }

    /** The 1-based line where {@code rule "name"} starts, or 0. */
    static int ruleLine(String drl, String rule) {
        Matcher m = Pattern.compile("(?m)^\\s*rule\\s+(?:\"" + Pattern.quote(rule) + "\"|'" + Pattern.quote(rule)
                + "'|" + Pattern.quote(rule) + "\\s)").matcher(drl);
        return m.find() ? lineOf(drl, m.end()) : 0;
    }

    /** The line of the {@code function} a class of the file compiles, or 0 (the whole file). */
    private static int functionLine(String drl, String className) {
        String simple = className.substring(className.lastIndexOf('/') + 1);
        Matcher m = Pattern.compile("(?m)^\\s*function\\s+[\\w.<>\\[\\], ]+?\\s+" + Pattern.quote(simple) + "\\s*\\(")
                .matcher(drl);
        if (m.find()) {
            return lineOf(drl, m.end());
        }
        Matcher lower = Pattern.compile("(?mi)^\\s*function\\s+[\\w.<>\\[\\], ]+?\\s+" + Pattern.quote(simple)
                + "\\s*\\(").matcher(drl);
        return lower.find() ? lineOf(drl, lower.end()) : 0;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The location function of a DRL file: {@code file:line}, or the file alone. */
    static Function<Integer, String> drlLocation(Path file) {
        return line -> line > 0 ? file + ":" + line : file.toString();
    }
}
