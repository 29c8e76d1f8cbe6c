package io.miningaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.miningaudit.facts.CaseFile;
import io.miningaudit.generate.CaseFileWriter;
import io.miningaudit.intake.CaseReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Case files as an attacker would write them: four examples (one with daily readings) in all four forms, written by
 * the project's own writers and then mutated (bytes, values, types, field names, enum values, dates, huge numbers,
 * long texts, header cells, duplicated columns, anchors, document types, table files that are no files), audited
 * through the command line in one JVM. Every run must end in exit 0 with both reports, or exit 3 with every problem
 * located and nothing written; never another code, a stack trace or a log line. Mutations that always make a case bad
 * must end in 3.
 *
 * <p>Seeded: {@code -Dfuzz.seed=N -Dfuzz.cases=N} replays or widens a run; a failure names its case and mutation.
 */
class CaseFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20_211_214L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 300);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> EXAMPLES = List.of("hainan-2021.json", "inner-mongolia-2022.json",
            "jiangsu-readings", "zhejiang-2021.json");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception\\b|\\bERROR\\b");

    /**
     * Values to put anywhere, in each form's syntax; a long text, a control character or an alias is bad in any field.
     */
    private static final String LONG = "x".repeat(1_001);
    private static final List<String> JSON_VALUES = List.of("\"" + LONG + "\"", "\"a\\u0007b\"", "\"\\ud800\"",
            "\"\\u0661\\u0662\"", "\"0x1F\"", "1e999999999", "1.8e309", "-1", "0", "1e-10", "\"1e12\"", "true",
                    "\"yes\"",
            "2", "null", "\"\"", "[]", "{}", "[1, {\"a\": 2}]", "\"0001-01-01\"", "\"10000-01-01\"", "\"2024-02-30\"",
            "\"2009-01-02\"", "\"2100-01-01\"", "\"2021-12-14\"", "\"Zhejang\"", "\"STATE_OWNED\"", "\"E1\"",
            "\"256.1.1.1\"", "\"2001:db8::1\"", "\"91350100M000100Y44\"", "12345678901234567890123", "\"TRUE\"",
            "\"NO_MINING\"", "\"" + "\u00e9".repeat(101) + "\"");
    private static final List<String> YAML_VALUES = List.of(LONG, "\"a\\x07b\"", "0x1F", "1_000", ".inf", "~", "[]",
            "{}", "[1, {a: 2}]", "yes", "no", "2", "-1", "1e999999999", "1.8e309", "'0001-01-01'", "2100-01-01",
            "2009-01-02", "2024-02-30", "Zhejang", "STATE_OWNED", "E1", "256.1.1.1", "\"\u0661\u0662\"", "\"\"",
            "!!binary aGVsbG8=", "&a E1", "*a", "TRUE", "NO_MINING", "\"2001:db8::1\"");
    private static final List<String> CSV_VALUES = List.of(LONG, "a\u0007b", "\u0661\u0662", "0x1F", "1e999999999",
            "1.8e309", "-1", "0", "1e-10", "yes", "TRUE", "2", "0001-01-01", "10000-01-01", "2024-02-30", "2009-01-02",
            "2100-01-01", "Zhejang", "STATE_OWNED", "E1", "256.1.1.1", "\"quoted, with a comma\"", "\"unterminated",
            "a;b;c", " ", "\"\"\"\"", "NaN");
    private static final List<String> NAMES = List.of("nmae", "", "3", "id", "\u0007", "x".repeat(2_000), "province ",
            "entities", "dataCentre", "kwh");

    @TempDir
    Path dir;

    private enum Form { JSON, YAML, XLSX, CSV }

    /** One mutated case: what it is, and whether the mutation always makes a case bad. */
    private record Mutant(Path file, String description, boolean bad) {
    }

    @Test
    void mutatedCaseFilesEndInExitZeroOrALocatedRefusal() throws Exception {
        Map<String, Path> originals = writeEveryForm();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int[] codes = new int[6];
        long start = System.nanoTime();
        for (int n = 0; n < CASES; n++) {
            // Zhejiang's 4,699 detections make each of its runs cost as much as five of the others: drawn 1 time in 7.
            int draw = random.nextInt(7);
            String example = EXAMPLES.get(draw < 6 ? draw % 3 : 3);
            Form form = Form.values()[random.nextInt(Form.values().length)];
            Path caseDir = Files.createDirectories(dir.resolve("case-" + n));
            Mutant mutant = mutate(originals.get(example + form), form, caseDir, random);
            String label = "case " + n + " (seed " + SEED + "): " + example + " as " + form + ", "
                    + mutant.description();
            String failure = audit(mutant, form, caseDir.resolve("out"), codes);
            if (failure != null) {
                failures.add(label + ": " + failure);
            }
            delete(caseDir);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "CaseFuzzTest: %d cases in %.1f s: %d accepted, %d refused (seed %d)%n", CASES,
                seconds, codes[0], codes[3], SEED);

        assertThat(failures).isEmpty();
    }

    /** Audits one mutant; the reason it fails the test, or null. */
    private static String audit(Mutant mutant, Form form, Path out, int[] codes) throws IOException {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        // What a library prints past picocli's writers (a logger, a stack trace) lands here.
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        PrintStream systemOut = System.out;
        int code;
        try {
            System.setErr(new PrintStream(direct, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(direct, true, StandardCharsets.UTF_8));
            // Made after the streams are swapped: picocli replaces its writers when System.err has changed since.
            CommandLine cl = MiningAudit.commandLine(CLOCK);
            cl.setOut(new PrintWriter(stdout));
            cl.setErr(new PrintWriter(stderr));
            code = cl.execute("audit", mutant.file().toString(), "--out", out.toString());
        } finally {
            System.setErr(systemErr);
            System.setOut(systemOut);
        }
        String err = stderr.toString();
        String printed = direct.toString(StandardCharsets.UTF_8);
        if (code >= 0 && code < codes.length) {
            codes[code]++;
        }
        if (!printed.isEmpty()) {
            return "printed past the command line: " + cut(printed);
        }
        if (STACK_FRAME.matcher(err).find()) {
            return "a stack trace or an error log: " + cut(err);
        }
        List<String> written = files(out);
        if (code == 0) {
            if (mutant.bad()) {
                return "exit 0 on a case that is bad whatever the field";
            }
            return written.size() == 2 && written.stream().noneMatch(f -> f.startsWith("."))
                    ? null : "exit 0 but wrote " + written;
        }
        if (code != 3) {
            return "exit " + code + ": " + cut(err);
        }
        if (!written.isEmpty()) {
            return "exit 3 but left " + written;
        }
        return located(err, mutant.file(), form);
    }

    /** Why a refusal's message is not a list of located problems, or null. */
    private static String located(String err, Path file, Form form) {
        List<String> lines = err.lines().toList();
        Matcher head = Pattern.compile("error: (\\d+) problems? in case file (.+); nothing was written")
                .matcher(lines.isEmpty() ? "" : lines.get(0));
        if (!head.matches()) {
            return "no heading: " + cut(err);
        }
        String at = Pattern.quote("  " + file);
        Pattern location = Pattern.compile(switch (form) {
            case JSON, YAML -> at + ":\\d+(:\\d+)?: \\S.*";
            case XLSX -> at + "( › [^›]+?( › [A-Z]{1,3}\\d+)?)?: \\S.*";
            case CSV -> at + "(/[^/]+\\.csv(:\\d+)?)?: \\S.*";
        });
        List<String> problems = lines.subList(1, lines.size());
        if (problems.size() != Integer.parseInt(head.group(1))) {
            return problems.size() + " problem lines under \"" + lines.get(0) + "\"";
        }
        for (String problem : problems) {
            if (!location.matcher(problem).matches()) {
                return "not located: " + cut(problem);
            }
        }
        return null;
    }

    // ---- the examples in four forms

    private Map<String, Path> writeEveryForm() throws Exception {
        Map<String, Path> originals = new LinkedHashMap<>();
        CaseReader reader = new CaseReader(CLOCK);
        Path base = Files.createDirectories(dir.resolve("originals"));
        for (String example : EXAMPLES) {
            CaseFile facts = reader.read(Path.of("examples", example), null);
            String name = example.replace(".json", "");
            Path json = base.resolve(name + ".json");
            CaseFileWriter.write(facts, json);
            Path yaml = base.resolve(name + ".yaml");
            CaseFileWriter.writeYaml(facts, yaml);
            Path xlsx = base.resolve(name + ".xlsx");
            CaseFileWriter.writeWorkbook(facts, xlsx);
            addDateStyleAndSharedString(xlsx);
            Path csv = base.resolve(name + "-csv");
            CaseFileWriter.writeCsvFolder(facts, csv);
            originals.put(example + Form.JSON, json);
            originals.put(example + Form.YAML, yaml);
            originals.put(example + Form.XLSX, xlsx);
            originals.put(example + Form.CSV, csv);
        }
        return originals;
    }

    // ---- mutations

    private static Mutant mutate(Path original, Form form, Path caseDir, Random random) throws Exception {
        return switch (form) {
            case JSON, YAML -> mutateText(original, form, caseDir, random);
            case CSV -> mutateCsv(original, caseDir, random);
            case XLSX -> mutateWorkbook(original, caseDir, random);
        };
    }

    private static Mutant mutateText(Path original, Form form, Path caseDir, Random random) throws IOException {
        Path file = caseDir.resolve(original.getFileName());
        byte[] bytes = Files.readAllBytes(original);
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean yaml = form == Form.YAML;
        int kind = random.nextInt(yaml ? 9 : 7);
        String description;
        boolean bad = false;
        switch (kind) {
            case 0 -> {
                description = "bytes flipped";
                Files.write(file, flip(bytes, random));
                return new Mutant(file, description, false);
            }
            case 1 -> {
                int at = random.nextInt(bytes.length);
                description = "truncated at byte " + at;
                Files.write(file, java.util.Arrays.copyOf(bytes, at));
                return new Mutant(file, description, false);
            }
            case 2, 3 -> {
                List<String> values = yaml ? YAML_VALUES : JSON_VALUES;
                String value = values.get(random.nextInt(values.size()));
                Pattern scalar = yaml ? Pattern.compile("(?m)(?<=: )(?<v>\"[^\"\\n]*\"|[^\\s{\\[][^\\n]*)$")
                        : Pattern.compile("(?<=\":|\": "
                                + ")(?<v>\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d[\\d.eE+-]*|true|false|null)");
                text = replaceOne(text, scalar, value, random);
                description = "a value replaced by " + cut(value);
                bad = value.equals(LONG) || value.startsWith("\"" + LONG) || value.contains("\\u0007")
                        || value.contains("\\x07") || value.equals("\"\\ud800\"") || value.startsWith("&")
                        || value.startsWith("*") || value.startsWith("!!");
            }
            case 4 -> {
                String name = NAMES.get(random.nextInt(NAMES.size()));
                Pattern key = yaml ? Pattern.compile("(?m)^[ -]*(?<v>[A-Za-z]+):")
                        : Pattern.compile("\"(?<v>[A-Za-z]+)\":");
                text = replaceOne(text, key, yaml ? "\"" + name.replace("\u0007", "\\a") + "\"" : name, random);
                description = "a field name replaced by " + cut(name);
            }
            case 5 -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                description = copyOrDeleteALine(lines, random);
                text = String.join("\n", lines) + "\n";
            }
            case 6 -> {
                // A lead byte followed by no continuation, inside a value: not UTF-8.
                int at = Math.max(0, text.indexOf('"', random.nextInt(text.length() / 2)) + 1);
                byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
                byte[] after = text.substring(at).getBytes(StandardCharsets.UTF_8);
                byte[] mutated = java.util.Arrays.copyOf(before, before.length + 1 + after.length);
                mutated[before.length] = (byte) 0xC3;
                System.arraycopy(after, 0, mutated, before.length + 1, after.length);
                Files.write(file, mutated);
                return new Mutant(file, "a byte that is not UTF-8 at character " + at, true);
            }
            case 7 -> {
                String plain = List.of("&x ", "*x", "!!str ").get(random.nextInt(3));
                text = replaceOne(text, Pattern.compile("(?m)^[ -]*[A-Za-z]+: (?<v>)\""),
                        plain.equals("*x") ? "*x #" : plain, random);
                description = "YAML that is not plain data: " + plain.trim();
                bad = true;
            }
            default -> {
                text = text + "---\ncase: {id: second}\n";
                description = "a second document";
                bad = true;
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new Mutant(file, description, bad);
    }

    private static Mutant mutateCsv(Path original, Path caseDir, Random random) throws IOException {
        Path folder = caseDir.resolve(original.getFileName());
        Files.createDirectories(folder);
        List<Path> tables;
        try (Stream<Path> list = Files.list(original)) {
            tables = list.sorted().toList();
        }
        for (Path table : tables) {
            Files.copy(table, folder.resolve(table.getFileName()));
        }
        // A table with records, so that a mutation of a value has one to hit.
        List<Path> filled = new ArrayList<>();
        for (Path table : tables) {
            if (Files.readAllLines(table).size() > 1) {
                filled.add(folder.resolve(table.getFileName()));
            }
        }
        Path file = filled.get(random.nextInt(filled.size()));
        String name = file.getFileName().toString();
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int kind = random.nextInt(8);
        switch (kind) {
            case 0 -> {
                Files.write(file, flip(Files.readAllBytes(file), random));
                return new Mutant(folder, name + ": bytes flipped", false);
            }
            case 1 -> {
                String value = CSV_VALUES.get(random.nextInt(CSV_VALUES.size()));
                int line = 1 + random.nextInt(lines.size() - 1);
                List<String> cells = new ArrayList<>(List.of(lines.get(line).split(",", -1)));
                int cell = random.nextInt(cells.size());
                cells.set(cell, value);
                lines.set(line, String.join(",", cells));
                Files.write(file, lines, StandardCharsets.UTF_8);
                boolean quoted = lines.get(line).indexOf('"') >= 0 && !value.contains("\"");
                return new Mutant(folder, name + ":" + (line + 1) + " cell " + (cell + 1) + " set to " + cut(value),
                        !quoted && (value.equals(LONG) || value.contains("\u0007")));
            }
            case 2 -> {
                List<String> header = new ArrayList<>(List.of(lines.get(0).split(",", -1)));
                int cell = random.nextInt(header.size());
                String nasty = NAMES.get(random.nextInt(NAMES.size()));
                header.set(cell, nasty);
                lines.set(0, String.join(",", header));
                Files.write(file, lines, StandardCharsets.UTF_8);
                return new Mutant(folder, name + ": header cell " + (cell + 1) + " named " + cut(nasty), false);
            }
            case 3 -> {
                // A column named twice.
                String[] header = lines.get(0).split(",", -1);
                String twice = header[random.nextInt(header.length)];
                for (int i = 0; i < lines.size(); i++) {
                    lines.set(i, lines.get(i) + "," + (i == 0 ? twice : ""));
                }
                Files.write(file, lines, StandardCharsets.UTF_8);
                return new Mutant(folder, name + ": a second column named " + twice, true);
            }
            case 4 -> {
                int line = 1 + random.nextInt(lines.size() - 1);
                lines.set(line, lines.get(line) + ",stray");
                Files.write(file, lines, StandardCharsets.UTF_8);
                return new Mutant(folder, name + ":" + (line + 1) + " a value beyond the header", true);
            }
            case 5 -> {
                Files.write(file, String.join("\n", lines).replaceFirst(",", ",Caf\u00e9 ")
                        .getBytes(StandardCharsets.ISO_8859_1));
                return new Mutant(folder, name + " written in Latin-1", true);
            }
            case 6 -> {
                Files.delete(file);
                if (random.nextBoolean()) {
                    Files.createDirectories(file);
                    return new Mutant(folder, name + " is a folder", true);
                }
                Files.createSymbolicLink(file, file);
                return new Mutant(folder, name + " is a link loop", true);
            }
            default -> {
                String description = copyOrDeleteALine(lines, random);
                Files.write(file, lines, StandardCharsets.UTF_8);
                return new Mutant(folder, name + ": " + description, false);
            }
        }
    }

    /**
     * A workbook mutated in its XML, as a hand-edited or hostile file would be: a cell of another kind or value, a
     * header cell, the rows moved down, a value past the header, a part's bytes, a document type, the zip's bytes.
     */
    private static Mutant mutateWorkbook(Path original, Path caseDir, Random random) throws IOException {
        Path file = caseDir.resolve(original.getFileName());
        int kind = random.nextInt(8);
        if (kind == 0) {
            Files.write(file, flip(Files.readAllBytes(original), random));
            return new Mutant(file, "bytes of the zip flipped", false);
        }
        List<String> parts = new ArrayList<>();
        List<String> filled = new ArrayList<>();
        try (ZipFile zip = new ZipFile(original.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    parts.add(name);
                }
                if (name.startsWith("xl/worksheets/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("<row r=\"2\"")) {
                            filled.add(name);
                        }
                    }
                }
            }
        }
        if (kind == 1 || kind == 2) {
            String part = parts.get(random.nextInt(parts.size()));
            boolean doctype = kind == 2;
            rewrite(original, file, part, xml -> doctype ? declareDoctype(new String(xml, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8) : flip(xml, random));
            return new Mutant(file, part + (doctype ? " declares a DOCTYPE" : ": bytes flipped"), doctype);
        }
        String sheet = filled.get(random.nextInt(filled.size()));
        String[] said = new String[1];
        boolean[] bad = new boolean[1];
        rewrite(original, file, sheet, bytes -> {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            List<String> header = new ArrayList<>();
            Map<String, String> named = new LinkedHashMap<>();
            Matcher names = Pattern.compile("<c r=\"([A-Z]+)1\"[^>]*><is><t>([^<]*)</t>").matcher(xml);
            while (names.find()) {
                header.add(names.group(1));
                named.put(names.group(1), names.group(2));
            }
            int rows = 0;
            for (Matcher m = Pattern.compile("<row r=\"(\\d+)\"").matcher(xml); m.find(); ) {
                rows = Math.max(rows, Integer.parseInt(m.group(1)));
            }
            int row = 2 + random.nextInt(rows - 1);
            String beyond = column(header.size());
            switch (kind) {
                case 3, 4 -> {
                    String column = header.get(random.nextInt(header.size()));
                    String[] cell = nastyCell(column + row, random);
                    said[0] = column + row + " set to " + cell[1];
                    bad[0] = cell[2] != null;
                    return setCell(xml, column + row, cell[0]).getBytes(StandardCharsets.UTF_8);
                }
                case 5 -> {
                    String column = header.get(random.nextInt(header.size()));
                    String[] name = List.of(
                            new String[] {"<c r=\"" + column + "1\"><v>3</v></c>", "a number"},
                            new String[] {inline(column + "1", "id"), "named id"},
                            new String[] {inline(column + "1", NAMES.get(random.nextInt(NAMES.size()))
                                    .replace("\u0007", "")),
                                "renamed"},
                            new String[] {inline(beyond + "1", "id"), "a second id"})
                            .get(random.nextInt(4));
                    String at = name[1].equals("a second id") ? beyond + "1" : column + "1";
                    said[0] = "header " + at + " " + name[1];
                    boolean hasId = named.containsValue("id");
                    bad[0] = name[1].equals("a number") || (name[1].equals("a second id") && hasId)
                            || (name[1].equals("named id") && hasId && !"id".equals(named.get(column)));
                    return setCell(xml, at, name[0]).getBytes(StandardCharsets.UTF_8);
                }
                case 6 -> {
                    said[0] = "a value beyond the header at " + beyond + row;
                    bad[0] = true;
                    return setCell(xml, beyond + row, inline(beyond + row, "stray")).getBytes(StandardCharsets.UTF_8);
                }
                default -> {
                    // Every row moved down: the first row is empty and the header stands in row 2.
                    said[0] = "an empty first row";
                    bad[0] = true;
                    StringBuilder moved = new StringBuilder();
                    Matcher m = Pattern.compile("(<row r=\"|<c r=\"[A-Z]+)(\\d+)\"").matcher(xml);
                    while (m.find()) {
                        m.appendReplacement(moved, m.group(1) + (Integer.parseInt(m.group(2)) + 1) + "\"");
                    }
                    return m.appendTail(moved).toString().getBytes(StandardCharsets.UTF_8);
                }
            }
        });
        return new Mutant(file, sheet + ": " + said[0], bad[0]);
    }

    /** A cell at {@code ref} of a random kind: its XML, what it is, and non-null when it is bad in any column. */
    private static String[] nastyCell(String ref, Random random) {
        String at = "<c r=\"" + ref + "\"";
        switch (random.nextInt(9)) {
            case 0, 1 -> {
                String value = CSV_VALUES.get(random.nextInt(CSV_VALUES.size())).replace("\u0007", "");
                return new String[] {inline(ref, value), cut(value), value.equals(LONG) ? "bad" : null};
            }
            case 2 -> {
                String number = List.of("1e300", "-1", "1001", "44561", "0.5", "1e12", "1e-10", "0x1p3", "NaN",
                        "Infinity").get(random.nextInt(10));
                boolean bad = !List.of("1001", "44561", "0.5", "1e12").contains(number);
                return new String[] {at + "><v>" + number + "</v></c>", "the number " + number, bad ? "bad" : null};
            }
            case 3 -> {
                String bool = List.of("1", "0", "2", "yes").get(random.nextInt(4));
                return new String[] {at + " t=\"b\"><v>" + bool + "</v></c>", "a bool cell of " + bool,
                        bool.length() > 1 || bool.equals("2") ? "bad" : null};
            }
            case 4 -> {
                String serial = List.of("1e300", "1", "36526", "44561", "73051", "-5").get(random.nextInt(6));
                boolean bad = !List.of("36526", "44561", "73051").contains(serial);
                return new String[] {at + " s=\"1\"><v>" + serial + "</v></c>", "a date cell of serial " + serial,
                        bad ? "bad" : null};
            }
            case 5 -> {
                return new String[] {at + " t=\"e\"><v>#DIV/0!</v></c>", "an error cell", "bad"};
            }
            case 6 -> {
                String day = List.of("2021-12-14T00:00:00", "10000-01-01T00:00:00", "1999-12-31")
                        .get(random.nextInt(3));
                return new String[] {at + " t=\"d\"><v>" + day + "</v></c>", "an ISO date cell " + day,
                        day.startsWith("2021") ? null : "bad"};
            }
            case 7 -> {
                // The one shared string holds a control character, written as Excel escapes it.
                return new String[] {at + " t=\"s\"><v>0</v></c>", "a shared string with a control character", "bad"};
            }
            default -> {
                return new String[] {at + " t=\"s\"><v>999</v></c>", "a shared string the workbook lacks", "bad"};
            }
        }
    }

    private static String inline(String ref, String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escaped + "</t></is></c>";
    }

    /** The sheet's XML with the cell at {@code ref} replaced by {@code cell}, or added to its row. */
    private static String setCell(String xml, String ref, String cell) {
        Matcher existing = Pattern.compile("<c r=\"" + ref + "\"(?:[^>]*/>|.*?</c>)").matcher(xml);
        if (existing.find()) {
            return xml.substring(0, existing.start()) + cell + xml.substring(existing.end());
        }
        String row = ref.replaceAll("[A-Z]", "");
        Matcher end = Pattern.compile("<row r=\"" + row + "\"[^>]*>.*?(</row>)", Pattern.DOTALL).matcher(xml);
        return end.find() ? xml.substring(0, end.start(1)) + cell + xml.substring(end.start(1)) : xml;
    }

    /** The letters of a column: 0 is A. */
    private static String column(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }

    /**
     * A workbook written by the project's writer, given what a mutation needs and a valid case does not use: a date
     * style (index 1) and one shared string holding a control character, as Excel escapes it.
     */
    private static void addDateStyleAndSharedString(Path xlsx) throws IOException {
        Path edited = xlsx.resolveSibling("edited-" + xlsx.getFileName());
        rewrite(xlsx, edited, "xl/styles.xml", xml -> new String(xml, StandardCharsets.UTF_8)
                .replaceFirst("<cellXfs count=\"1\">(.*?)</cellXfs>", "<cellXfs count=\"2\">$1<xf numFmtId=\"14\""
                        + " fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"true\"/></cellXfs>")
                .getBytes(StandardCharsets.UTF_8));
        rewrite(edited, xlsx, "xl/sharedStrings.xml", xml -> new String(xml, StandardCharsets.UTF_8)
                .replaceFirst("<sst[^>]*?/?>(</sst>)?", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " count=\"1\" uniqueCount=\"1\"><si><t>a_x0007_b</t></si></sst>")
                .getBytes(StandardCharsets.UTF_8));
        Files.delete(edited);
    }

    // ---- helpers

    private static String declareDoctype(String xml) {
        String doctype = "<!DOCTYPE x [<!ENTITY e \"e\">]>";
        int declaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, declaration) + doctype + xml.substring(declaration);
    }

    private static byte[] flip(byte[] bytes, Random random) {
        byte[] mutated = bytes.clone();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
        }
        return mutated;
    }

    /** Copies a random line in place or deletes it; says which. */
    private static String copyOrDeleteALine(List<String> lines, Random random) {
        int line = random.nextInt(lines.size());
        boolean copy = random.nextBoolean();
        if (copy) {
            lines.add(line, lines.get(line));
        } else {
            lines.remove(line);
        }
        return (copy ? "line copied: " : "line deleted: ") + (line + 1);
    }

    /** The text with one match of the pattern's group {@code v}, chosen at random, replaced. */
    private static String replaceOne(String text, Pattern pattern, String replacement, Random random) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start("v"), m.end("v")});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    interface PartEdit {
        byte[] apply(byte[] xml) throws IOException;
    }

    /** A copy of a zip with one entry's content edited. */
    private static void rewrite(Path from, Path to, String part, PartEdit edit) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] content = in.readAllBytes();
                    out.write(entry.getName().equals(part) ? edit.apply(content) : content);
                }
                out.closeEntry();
            }
        }
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A text as a failure shows it: one line, and long ones cut short. */
    private static String cut(String text) {
        String line = text.replace("\n", " | ");
        return line.length() > 300 ? line.substring(0, 120) + "… (" + line.length() + " characters)" : line;
    }
}
