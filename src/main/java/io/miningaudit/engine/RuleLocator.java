package io.miningaudit.engine;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Names the rule whose code a stack shows: a frame of a class compiled from a rule file belongs to that file, and, for
 * a constraint's or a consequence's lambda, to its rule. Used only when a rule is stopped, so a file's classes are read
 * only then.
 */
final class RuleLocator implements Function<StackTraceElement[], String> {
    private final List<CompiledRuleFile> files;
    private final Map<CompiledRuleFile, Map<String, byte[]>> entries = new HashMap<>();

    RuleLocator(List<CompiledRuleFile> files) {
        this.files = List.copyOf(files);
    }

    /** {@code rules/x.drl › rule Name} for the first frame a rule owns, else the first rule file seen, else null. */
    @Override
    public synchronized String apply(StackTraceElement[] stack) {
        String fileSeen = null;
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName().replace('.', '/');
            for (CompiledRuleFile file : files) {
                Map<String, byte[]> jar = entries.computeIfAbsent(file, CompiledRuleFile::entries);
                if (!jar.containsKey(name + ".class")) {
                    continue;
                }
                try {
                    Set<String> rules = new RuleBytecode.Owners(ClassReferences.ofJar(jar)).of(name);
                    if (!rules.isEmpty()) {
                        return file.file() + " › rule " + rules.iterator().next();
                    }
                } catch (IOException e) {
                    // A class that cannot be read names its file only.
                }
                fileSeen = fileSeen != null ? fileSeen : file.file() + " (a function or condition of the file)";
            }
        }
        return fileSeen;
    }
}
