package io.miningaudit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules are code: DRL can call any Java. Before a rule file is compiled its text is checked, comments and string
 * literals aside, so that it reaches nothing beyond the fact model, {@code java.time}, {@code java.math},
 * {@code java.util} collections and the rule functions: no reflection, files, network, {@code System}, threads or
 * processes, and no handle on the engine itself. Checked by name, it is the first and friendlier check (it points at
 * the line and column of the word); what holds against a determined author is {@link RuleBytecode}, which checks what
 * the file compiled to.
 */
final class RuleSafety {
    static final String ALLOWED = "rules may use only the fact model (io.miningaudit.facts), the rule functions"
            + " (io.miningaudit.engine.functions), java.time, java.math and java.util collections";

    private static final List<String> ALLOWED_IMPORTS = List.of("io.miningaudit.facts.",
            "io.miningaudit.engine.functions.", "java.time.", "java.math.", "java.util.");
    private static final List<String> FORBIDDEN_PACKAGES = List.of("java.util.concurrent", "java.util.logging",
            "java.util.jar", "java.util.zip", "java.util.prefs", "java.util.spi", "java.util.ServiceLoader",
            "java.util.Timer", "java.util.Scanner", "java.time.chrono.HijrahChronology");
    /** Names that reach the process, the file system, the network, threads, reflection or the engine. */
    private static final Set<String> FORBIDDEN_NAMES = Set.of("System", "Runtime", "Thread", "ThreadGroup",
            "ThreadLocal", "Process", "ProcessBuilder", "ProcessHandle", "ClassLoader", "Class", "forName",
            "getClass", "getClassLoader", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
            "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor", "getConstructors",
            "getDeclaredConstructor", "newInstance", "setAccessible", "invoke", "MethodHandles", "Unsafe",
            "ScriptEngine", "ScriptEngineManager", "Executors", "ExecutorService", "CompletableFuture", "ForkJoinPool",
            "Timer", "TimerTask", "Files", "Paths", "Path", "File", "FileInputStream", "FileOutputStream",
            "FileReader", "FileWriter", "RandomAccessFile", "Socket", "ServerSocket", "URL", "URI", "HttpClient",
            "InetAddress", "ServiceLoader", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory",
            "getKieBase", "getEntryPoint", "getChannels", "halt", "exit", "exec", "loadLibrary", "load");
    private static final Pattern IMPORT = Pattern
            .compile("^\\s*import\\s+(?:static\\s+|function\\s+)?([\\w.]+(?:\\.\\*)?)");
    private static final Pattern QUALIFIED = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*");

    private RuleSafety() {
    }

    /**
     * @param where maps a 1-based line of {@code drl} to the location to report ({@code file:line:column} for a
     *              DRL file; the workbook, table and row for a decision table)
     * @param columns whether to add the column to the location (not for a table's generated DRL)
     */
    static List<RuleProblem> check(String drl, IntFunction<String> where, boolean columns) {
        List<RuleProblem> problems = new ArrayList<>();
        String[] lines = blankCommentsAndStrings(drl).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher imp = IMPORT.matcher(line);
            if (imp.find()) {
                String name = imp.group(1);
                boolean allowed = ALLOWED_IMPORTS.stream().anyMatch(name::startsWith)
                        && FORBIDDEN_PACKAGES.stream().noneMatch(name::startsWith);
                if (!allowed) {
                    problems.add(problem(where, i + 1, columns ? imp.start(1) + 1 : 0, "import " + name));
                }
                continue;
            }
            Matcher m = QUALIFIED.matcher(line);
            while (m.find()) {
                String dotted = m.group().replaceAll("\\s", "");
                String why = forbidden(dotted);
                if (why != null) {
                    problems.add(problem(where, i + 1, columns ? m.start() + 1 : 0, why));
                }
            }
        }
        return problems;
    }

    private static String forbidden(String dotted) {
        if (dotted.startsWith("java.") || dotted.startsWith("javax.") || dotted.startsWith("jdk.")
                || dotted.startsWith("sun.") || dotted.startsWith("com.sun.") || dotted.startsWith("org.kie")
                || dotted.startsWith("org.drools")) {
            boolean allowed = ALLOWED_IMPORTS.stream().filter(p -> p.startsWith("java.")).anyMatch(dotted::startsWith)
                    && FORBIDDEN_PACKAGES.stream().noneMatch(dotted::startsWith);
            if (!allowed) {
                return dotted;
            }
        }
        for (String part : dotted.split("\\.")) {
            if (FORBIDDEN_NAMES.contains(part)) {
                return part;
            }
        }
        return null;
    }

    private static RuleProblem problem(IntFunction<String> where, int line, int column, String what) {
        return new RuleProblem(RuleProblem.Level.ERROR, where.apply(line) + (column > 0 ? ":" + column : ""),
                "forbidden: " + what + " (" + ALLOWED + ")");
    }

    /** The text with comments and string and character literals replaced by spaces, line breaks kept. */
    static String blankCommentsAndStrings(String text) {
        return blank(text, true);
    }

    /** The text with comments replaced by spaces, line breaks kept; string and character literals stand. */
    static String blankComments(String text) {
        return blank(text, false);
    }

    private static String blank(String text, boolean strings) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            if (c == '/' && next == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (; i < end; i++) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                out.append(strings ? ' ' : c);
                i++;
                while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        out.append(strings ? ' ' : text.charAt(i));
                        i++;
                    }
                    out.append(strings ? ' ' : text.charAt(i));
                    i++;
                }
                if (i < text.length() && text.charAt(i) == c) {
                    out.append(strings ? ' ' : c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
