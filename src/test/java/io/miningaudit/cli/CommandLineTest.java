package io.miningaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line through picocli's execute: exit codes and what a person reads. */
class CommandLineTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-05T08:00:00Z"), ZoneOffset.UTC);

    static final String VALID_CASE = """
            {
              "case": {"id": "cli-case", "title": "A small case", "asOf": "2021-12-14"},
              "entities": [
                {"id": "U1", "name": "County Water Bureau", "kind": "PARTY_GOVERNMENT_AGENCY", "province": "Zhejiang"}
              ],
              "ipDetections": [
                {"id": "D1", "ip": "198.18.0.1", "province": "Zhejiang", "detectedOn": "2021-07-01", "source": "CNCERT", "entityId": "U1"}
              ],
              "inspections": [
                {"id": "I1", "entityId": "U1", "date": "2021-11-01", "outcome": "MINING_FOUND", "cause": "SELF_INITIATED", "miningStartedOn": "2021-03-01"}
              ],
              "machines": [
                {"id": "M1", "inspectionId": "I1", "kind": "GPU_RIG"}
              ]
            }
            """;

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = MiningAudit.commandLine(CLOCK);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void auditWritesBothFilesAndPrintsTheirPathsAndASummary() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("audit", write("case.json", VALID_CASE).toString(), "--out", out.toString());

        assertThat(r.code()).isEqualTo(0);
        assertThat(files(out)).containsExactly("cli-case_2021-12-14.json", "cli-case_2021-12-14.xlsx");
        assertThat(r.out()).contains("Case cli-case (A small case), as of 2021-12-14: 3 findings, 0 inspection leads,"
                + " 0 data issues");
        assertThat(r.out())
                .contains("deliberate cases 1 | passive cases 0 | machines confiscated 1 | persons referred 0");
        assertThat(r.out()).contains("Wrote " + out.resolve("cli-case_2021-12-14.xlsx"),
                "Wrote " + out.resolve("cli-case_2021-12-14.json"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void langZhCnAndNoticesWriteAChineseWorkbookAndANoticeFolderBesideTheJson() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("audit", write("case.json", VALID_CASE).toString(), "--out", out.toString(), "--lang", "zh-CN",
                "--notices");

        assertThat(r.code()).isEqualTo(0);
        assertThat(files(out)).containsExactly("cli-case_2021-12-14.json", "cli-case_2021-12-14.xlsx",
                "cli-case_2021-12-14_notices");
        assertThat(files(out.resolve("cli-case_2021-12-14_notices"))).containsExactly("U1.docx");
        assertThat(r.out()).contains("Wrote " + out.resolve("cli-case_2021-12-14_notices"));
    }

    @Test
    void anAuditIsRecordedInTheLedgerAndOneAsOfTheSameDayIsRefusedWithExit6AndNoReport() throws IOException {
        Path ledger = dir.resolve("ledger.db");
        String caseFile = write("case.json", VALID_CASE).toString();
        Run first = run("audit", caseFile, "--out", dir.resolve("first").toString(), "--ledger", ledger.toString());
        Run check = run("ledger", "check", "--ledger", ledger.toString());
        Run again = run("audit", caseFile, "--out", dir.resolve("again").toString(), "--ledger", ledger.toString());
        Run replaced = run("audit", caseFile, "--out", dir.resolve("replaced").toString(), "--ledger",
                ledger.toString(), "--replace");

        assertThat(first.code()).isEqualTo(0);
        assertThat(check.code()).isEqualTo(0);
        assertThat(check.out()).startsWith(ledger + ": ledger schema version 1; 1 audits, ");
        assertThat(again.code()).isEqualTo(6);
        assertThat(again.err()).contains(ledger + ": the ledger holds case cli-case as of 2021-12-14; an audit as of"
                + " 2021-12-14 must be later", "; no report was written");
        assertThat(files(dir.resolve("again"))).isEmpty();
        assertThat(replaced.code()).isEqualTo(0); // the near miss: --replace records it
        assertThat(run("ledger", "check", "--ledger", ledger.toString()).out()).contains("; 1 audits, ");
    }

    @Test
    void aLedgerThatIsNotOneIsExit6AndWritesNoReportAndLeavesTheFileAsItWas() throws IOException {
        Path notLedger = write("notes.txt", "not a database");
        Path out = dir.resolve("out");
        Run r = run("audit", write("case.json", VALID_CASE).toString(), "--out", out.toString(), "--ledger",
                notLedger.toString());

        assertThat(r.code()).isEqualTo(6);
        assertThat(r.err()).contains(notLedger + ": not a ledger: the file is not a SQLite database");
        assertThat(files(out)).isEmpty();
        assertThat(Files.readString(notLedger)).isEqualTo("not a database");
        Run replaceAlone = run("audit", dir.resolve("case.json").toString(), "--out", out.toString(), "--replace");
        assertThat(replaceAlone.code()).isEqualTo(2);
        assertThat(replaceAlone.err()).contains("--replace: only with --ledger FILE");
    }

    @Test
    void anUnknownLanguageIsBadUsageAndWritesNothing() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("audit", write("case.json", VALID_CASE).toString(), "--out", out.toString(), "--lang", "fr");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--lang: \"fr\" is not a report language (en, zh-CN)");
        assertThat(files(out)).isEmpty();
    }

    @Test
    void asOfOnTheCommandLineOverridesTheCaseAndNamesTheFiles() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("audit", write("case.json", VALID_CASE).toString(), "--out", out.toString(),
                "--as-of", "2021-12-31");

        assertThat(r.code()).isEqualTo(0);
        assertThat(files(out)).containsExactly("cli-case_2021-12-31.json", "cli-case_2021-12-31.xlsx");
    }

    @Test
    void invalidCaseExitsThreeListingEveryProblemAndWritesNothing() throws IOException {
        Path out = dir.resolve("out");
        Path file = write("bad.json", """
                {
                  "case": {"id": "bad case"},
                  "entities": [
                    {"id": "U1", "name": "A", "kind": "STATE_OWNED", "province": "Zhejiang"},
                    {"id": "U1", "name": "B", "kind": "INDIVIDUAL", "province": "Zhejang"}
                  ]
                }
                """);
        Run r = run("audit", file.toString(), "--out", out.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: 4 problems in case file " + file + "; nothing was written");
        assertThat(r.err()).contains(
                file + ":2:18: case.id: \"bad case\" may hold only letters, digits, '-' and '_'",
                file + ":4:39: entities[0].kind: \"STATE_OWNED\" is not one of STATE_OWNED_ENTERPRISE,",
                file + ":5:12: entities[1].id: \"U1\" is used twice in entities (first at " + file + ":4:12)",
                file + ":5:65: entities[1].province: \"Zhejang\" is not one of Beijing,");
        assertThat(r.err()).contains("(did you mean 'Zhejiang'?)");
        assertThat(r.out()).isEmpty();
        assertThat(files(out)).isEmpty();
    }

    @Test
    void brokenRulesExitFourNamingFileAndLineBeforeTheCaseIsRead() throws IOException {
        Path rules = copyOfShippedRules();
        Path drl = rules.resolve("energylaw/equipment.drl");
        Files.writeString(drl, Files.readString(drl).replace("$case : Inspection(deliberate, $id : id)",
                "$case : Inspection(deliberate, $id : id"));
        Path out = dir.resolve("out");

        // A case whose data is bad: exit 4, not 3, shows that it was not read.
        Run r = run("audit", write("bad.json", "{\"case\": {\"id\": \"bad case\"}}").toString(), "--rules",
                rules.toString(), "--out", out.toString());

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).startsWith("error: 1 error in the rules; the case was not read and nothing was written");
        assertThat(r.err()).contains("  " + drl + ":14:4: [ERR 102] Line 14:4 mismatched input '$machines'");
        assertThat(files(out)).isEmpty();
    }

    @Test
    void validateReportsEveryErrorWithFileAndLine() throws IOException {
        Path rules = copyOfShippedRules();
        Path terms = rules.resolve("terms/classifications.drl");
        Files.writeString(terms, Files.readString(terms).replace("ProjectAge.NEW));", "ProjectAge.NEWER));"));
        Path leads = rules.resolve("enforcement/leads.drl");
        Files.writeString(leads, Files.readString(leads).replace("not Inspection(", "not Inspectionn("));

        Run r = run("validate", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).startsWith("error: 2 errors in the rules\n");
        assertThat(pointsAt(r.err(), leads, "Unable to resolve ObjectType 'Inspectionn'")).isEqualTo("Inspectionn");
        assertThat(pointsAt(r.err(), terms, "Rule Compilation error NEWER cannot be resolved")).isEqualTo("NEWER");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void validateOfTheShippedRulesPrintsWhatCompiled() {
        Run r = run("validate", "--rules", "rules");

        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).matches("rules: \\d+ rules in 12 files compile; parameters maxVariation=0.10,"
                + " minMeanKwhPerDay=30, minReadingDays=60, minStepRatio=3.0, newProjectCutoff=2021-09-24,"
                + " passiveCasesPaySurcharge=false, penaltyMultiple=2, presumedDurationMonths=3, remediationDays=30,"
                + " screeningDays=90, stepDays=14\\R");
    }

    @Test
    void aSpreadsheetDroolsWouldSkipIsAWarning() throws IOException {
        Path rules = copyOfShippedRules();
        Files.copy(rules.resolve("parameters/Parameters.drl.xlsx"), rules.resolve("parameters/Extra.xlsx"));

        Run r = run("validate", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(0);
        assertThat(r.err()).contains(rules.resolve("parameters/Extra.xlsx") + ": warning: not compiled: Drools"
                + " compiles a decision table only when its name ends in .drl.xlsx");
    }

    @Test
    void missingRulesFolderExitsFour() {
        Run r = run("validate", "--rules", dir.resolve("nowhere").toString());

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains(dir.resolve("nowhere") + ": no such folder");
    }

    @Test
    void badUsageExitsTwo() throws IOException {
        assertThat(run("audit").code()).isEqualTo(2);
        assertThat(run("audit", "x.json", "--frobnicate").code()).isEqualTo(2);
        Run badDate = run("audit", write("case.json", VALID_CASE).toString(), "--as-of", "14/12/2021");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).isEqualTo("error: --as-of: \"14/12/2021\" is not a date (YYYY-MM-DD)\n");
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("no-such-command").code()).isEqualTo(2);
    }

    @Test
    void aMalformedAsOfDateIsOneLineNamingTheOptionAndTheValueWithoutClassNames() throws IOException {
        Path out = dir.resolve("out");

        Run r = run("audit", write("case.json", VALID_CASE).toString(), "--as-of", "2022-13-01", "--out",
                out.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --as-of: \"2022-13-01\" is not a date (YYYY-MM-DD)\n");
        assertThat(r.out()).isEmpty();
        assertThat(files(out)).isEmpty();
        Run generate = run("generate", "--out", dir.resolve("g.json").toString(), "--as-of", "2022-02-30");
        assertThat(generate.code()).isEqualTo(2);
        assertThat(generate.err()).isEqualTo("error: --as-of: \"2022-02-30\" is not a date (YYYY-MM-DD)\n");
        assertThat(dir.resolve("g.json")).doesNotExist();
    }

    @Test
    void aMisspeltOptionIsNamedAloneWithTheSuggestionNotTheCaseFileBesideIt() throws IOException {
        String caseFile = write("case.json", VALID_CASE).toString();
        String expected = "error: unknown option '--as-off' (did you mean --as-of?)\n"
                + "Try 'mining-audit audit --help' for the options.\n";

        for (List<String> args : List.of(List.of("audit", caseFile, "--as-off", "2022-01-01"),
                List.of("audit", "--as-off", "2022-01-01", caseFile),
                List.of("audit", caseFile, "--as-off=2022-01-01"))) {
            Run r = run(args.toArray(String[]::new));

            assertThat(r.code()).as("%s", args).isEqualTo(2);
            assertThat(r.err()).as("%s", args).isEqualTo(expected);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void anUnknownCommandOrAnExtraArgumentIsNamedAlone() {
        Run command = run("audti", "x.json");
        assertThat(command.code()).isEqualTo(2);
        assertThat(command.err()).isEqualTo("error: unknown command 'audti' (did you mean audit?)\n"
                + "Try 'mining-audit --help' for the options.\n");

        Run extra = run("audit", "x.json", "extra");
        assertThat(extra.code()).isEqualTo(2);
        assertThat(extra.err()).isEqualTo("error: unexpected argument 'extra'\n"
                + "Try 'mining-audit audit --help' for the options.\n");

        Run missing = run("diff", "x.json", "--before", "rules");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: missing required option: '--after=DIR'\n"
                + "Try 'mining-audit diff --help' for the options.\n");
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("audit", "--help");
        assertThat(help.code()).isEqualTo(0);
        assertThat(help.out()).contains("--rules=DIR", "--out=DIR", "--as-of=DATE", "default: reports");
        Run version = run("--version");
        assertThat(version.code()).isEqualTo(0);
        assertThat(version.out()).startsWith("mining-audit ");
    }

    @Test
    void testRulesPrintsATableAndExitsFiveWhenAScenarioFails() throws IOException {
        Path rules = copyOfShippedRules();
        Path scenario = rules.resolve("tests/supply-rules-100-back-payment.yaml");
        Files.writeString(scenario, Files.readString(scenario).replace("amount: 141.40", "amount: 141.41"));

        Run r = run("test-rules", "--rules", rules.toString());

        assertThat(r.code()).isEqualTo(5);
        assertThat(r.out()).contains("FAIL  tests/supply-rules-100-back-payment.yaml",
                "        expected: SUPPLY-RULES-100 BACK_PAYMENT A1 amount 141.41  (" + scenario + ":",
                "        actual:   SUPPLY-RULES-100 BACK_PAYMENT A1 amount 141.40",
                "PASS  tests/ndrc-1283-11-shutdown.yaml");
        assertThat(r.out()).containsPattern("\\d+ passed, 1 failed\\R$");
    }

    @Test
    void testRulesOfTheShippedRulesPass() {
        Run r = run("test-rules", "--rules", "rules");

        assertThat(r.code()).as(r.out()).isEqualTo(0);
        assertThat(r.out()).containsPattern("\\d+ passed, 0 failed\\R$").doesNotContain("FAIL");
    }

    @Test
    void aRuleThatCallsSystemExitOrOpensAFileIsRefusedWithExitFour() throws IOException {
        Path rules = copyOfShippedRules();
        Path drl = rules.resolve("energylaw/equipment.drl");
        Files.writeString(drl, Files.readString(drl).replace("then\n",
                "then\n    new java.io.FileInputStream(\"/etc/hostname\");\n    System.exit(0);\n"));

        Run r = run("audit", write("case.json", VALID_CASE).toString(), "--rules", rules.toString(), "--out",
                dir.resolve("out").toString());

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains(drl + ":16:9: forbidden: java.io.FileInputStream", drl
                + ":17:5: forbidden: System");
        assertThat(files(dir.resolve("out"))).isEmpty();
    }

    @Test
    void aRuleThatFailsWhileItRunsExitsFourAndSaysTheCaseWasRead() throws IOException {
        Path rules = copyOfShippedRules();
        Path drl = rules.resolve("energylaw/equipment.drl");
        Files.writeString(drl, Files.readString(drl).replace("then\n",
                "then\n    java.math.BigDecimal.ONE.divide(java.math.BigDecimal.ZERO);\n"));

        Run r = run("audit", write("case.json", VALID_CASE).toString(), "--rules", rules.toString(), "--out",
                dir.resolve("out").toString());

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).startsWith("error: a rule failed while it ran; nothing was written\n")
                .contains("failed on this case: java.lang.ArithmeticException: Division by zero");
        assertThat(files(dir.resolve("out"))).isEmpty();
    }

    @Test
    void theReportNamesTheHashesOfWhatWasAuditedAndTheTimeOfTheRun() throws IOException {
        Path caseFile = write("case.json", VALID_CASE);
        Path out = dir.resolve("out");

        Run r = run("audit", caseFile.toString(), "--rules", "rules", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(0);
        var provenance = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("cli-case_2021-12-14.json").toFile()).get("provenance");
        assertThat(provenance.get("caseSha256").asText()).isEqualTo(io.miningaudit.engine.Hashes.sha256(caseFile));
        assertThat(provenance.get("rulesSha256").asText())
                .isEqualTo(io.miningaudit.engine.Hashes.sha256(Path.of("rules")))
                .isNotEqualTo(provenance.get("caseSha256").asText());
        assertThat(provenance.get("generatedAt").asText()).isEqualTo("2022-01-05T08:00:00Z");
    }

    @Test
    void aMissingCaseFileIsBadUsageFoundBeforeTheRulesCompile() throws IOException {
        Path brokenRules = dir.resolve("no-rules-here");
        Path out = dir.resolve("out");

        Run r = run("audit", "no-such-case.json", "--rules", brokenRules.toString(), "--out", out.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: no such case file: no-such-case.json\n");
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
        Run diff = run("diff", "no-such-case.json", "--before", brokenRules.toString(), "--after",
                brokenRules.toString(), "--out", out.toString());
        assertThat(diff.code()).isEqualTo(2);
        assertThat(diff.err()).isEqualTo("error: no such case file: no-such-case.json\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aCaseThatCannotBeReadIsBadUsage() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("case.json"), dir.resolve("gone.json"));
        Path folder = Files.createDirectories(dir.resolve("case-folder"));
        Files.writeString(folder.resolve("notes.txt"), "no tables here");
        Path out = dir.resolve("out");

        Run dangling = run("audit", link.toString(), "--out", out.toString());
        Run empty = run("audit", folder.toString(), "--out", out.toString());

        assertThat(dangling.code()).isEqualTo(2);
        assertThat(dangling.err()).isEqualTo("error: no such case file: " + link + " (a link to "
                + dir.resolve("gone.json")
                + ", which does not exist)\n");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("error: no case in folder " + folder + ": it holds no .csv files\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutThatCannotBeAFolderIsBadUsageFoundBeforeTheRulesCompileOrTheCaseIsRead() throws IOException {
        Path blocker = write("reports.txt", "not a folder");
        Path brokenRules = dir.resolve("no-rules-here");
        Path badCase = write("bad.json", "{\"case\": {\"id\": \"bad case\"}}");

        Run file = run("audit", badCase.toString(), "--rules", brokenRules.toString(), "--out", blocker.toString());
        Run below = run("audit", badCase.toString(), "--out", blocker.resolve("sub").toString());
        Run device = run("audit", write("case.json", VALID_CASE).toString(), "--out", "/dev/full");

        assertThat(file.code()).isEqualTo(2);
        assertThat(file.err()).isEqualTo("error: --out " + blocker + ": not a folder\n");
        assertThat(below.code()).isEqualTo(2);
        assertThat(below.err()).isEqualTo("error: --out " + blocker.resolve("sub") + ": cannot be created: " + blocker
                + " is not a folder\n");
        assertThat(device.code()).isEqualTo(2);
        assertThat(device.err()).isEqualTo("error: --out /dev/full: not a folder\n");
        assertThat(Files.readString(blocker)).isEqualTo("not a folder");
        assertThat(files(dir)).containsExactly("bad.json", "case.json", "reports.txt");
    }

    @Test
    void everyUsageProblemIsToldAtOnce() throws IOException {
        Path blocker = write("reports.txt", "not a folder");

        Run r = run("diff", "no-such-case.json", "--before", "rules", "--after", "rules", "--out", blocker.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: no such case file: no-such-case.json\n"
                + "error: --out " + blocker + ": not a folder\n");
    }

    @Test
    void theTemplateReplacesAnExistingFileOnlyWithForce() throws IOException {
        Path filled = write("case.xlsx", "an inspector's filled case");

        Run refused = run("template", "--out", filled.toString());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("error: " + filled + " exists; add --force to replace it\n");
        assertThat(Files.readString(filled)).isEqualTo("an inspector's filled case");

        Run forced = run("template", "--out", filled.toString(), "--force");

        assertThat(forced.code()).as(forced.err()).isEqualTo(0);
        assertThat(forced.out()).isEqualTo("Wrote " + filled + "\n");
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(filled.toFile(), null, true)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("README");
        }
        assertThat(files(dir)).containsExactly("case.xlsx");
    }

    @Test
    void aTemplateThatCannotBeWrittenEndsInOneLine() throws IOException {
        Run full = run("template", "--out", "/dev/full");
        Run folder = run("template", "--out", dir.toString());
        Run below = run("template", "--out", write("notes.txt", "x").resolve("case.xlsx").toString());

        assertThat(full.code()).isEqualTo(1);
        assertThat(full.err()).isEqualTo("error: cannot write /dev/full: No space left on device\n");
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo("error: --out " + dir + ": a folder, not a file\n");
        assertThat(below.code()).isEqualTo(2);
        assertThat(below.err()).isEqualTo("error: --out " + dir.resolve("notes.txt/case.xlsx") + ": cannot be created: "
                + dir.resolve("notes.txt") + " is not a folder\n");
        assertThat(files(dir)).containsExactly("notes.txt");
    }

    @Test
    void aFolderInTheWayOfOneReportFileWritesNeither() throws IOException {
        Path out = dir.resolve("out");
        Path json = Files.createDirectories(out.resolve("cli-case_2021-12-14.json"));

        Run r = run("audit", write("case.json", VALID_CASE).toString(), "--out", out.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: a folder is in the way: " + json + "\n");
        assertThat(r.out()).isEmpty();
        assertThat(files(out)).containsExactly("cli-case_2021-12-14.json");
        assertThat(files(json)).isEmpty();
    }

    @Test
    void theTemporaryFilesOfAKilledRunAreRemovedByTheNextRunIntoThatFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            String[] killed = {".cli-case_2021-12-14.xlsx." + ended.pid() + "-3f9k2m.partial",
                ".other-case_2021-01-01.json." + ended.pid() + "-z0q1.partial"};
            String[] kept = {".cli-case_2021-12-14.json." + alive.pid() + "-8x2c.partial",
                ".cli-case_2021-12-14.xlsx." + ProcessHandle.current().pid() + "-1a2b.partial",
                ".cli-case_2021-12-14.json.1w3hk8n2c0v7q.partial", ".notes.partial", "draft.partial"};
            String oldVersion = ".cli-case_2021-12-14.xlsx.2n4k8m0q1s3u5.partial";
            for (String name : killed) {
                write("out/" + name, "half a report");
            }
            for (String name : kept) {
                write("out/" + name, "someone's");
            }
            Files.setLastModifiedTime(write("out/" + oldVersion, "half a report"),
                    java.nio.file.attribute.FileTime.from(Instant.now().minus(java.time.Duration.ofHours(2))));

            Run r = run("audit", write("case.json", VALID_CASE).toString(), "--out", out.toString());

            assertThat(r.code()).as(r.err()).isEqualTo(0);
            List<String> expected = new java.util.ArrayList<>(List.of(kept));
            expected.addAll(List.of("cli-case_2021-12-14.json", "cli-case_2021-12-14.xlsx"));
            assertThat(files(out)).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            alive.destroy();
        }
    }

    @Test
    void verboseIsAnOptionOfEveryCommand() {
        for (String command : List.of("audit", "validate", "test-rules", "diff", "template", "generate", "bench",
                "bench rules", "bench scale")) {
            picocli.CommandLine line = MiningAudit.commandLine(CLOCK);
            for (String name : command.split(" ")) {
                line = line.getSubcommands().get(name);
            }
            assertThat(line.getCommandSpec().findOption("--verbose")).as(command).isNotNull();
            assertThat(line.getCommandSpec().findOption("--help")).as(command).isNotNull();
            assertThat(line.getCommandSpec().findOption("--version")).as(command).isNotNull();
        }
    }

    @Test
    void theScaleBenchPrintsARowPerSize() {
        Run r = run("bench", "scale", "--sizes", "40,80");

        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("entities   detections       rows    floor s    audit s")
                .containsPattern("\\R\\s+40\\s+600\\s").containsPattern("\\R\\s+80\\s+1,200\\s");
    }

    /** The word at the file:line:column an error line names for {@code file}, checked against the file itself. */
    private static String pointsAt(String err, Path file, String message) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(file.toString())
                + ":(\\d+):(\\d+): " + java.util.regex.Pattern.quote(message)).matcher(err);
        assertThat(m.find()).as(err).isTrue();
        String line = Files.readAllLines(file).get(Integer.parseInt(m.group(1)) - 1);
        return line.substring(Integer.parseInt(m.group(2)) - 1).split("[^\\w]")[0];
    }

    private Path copyOfShippedRules() throws IOException {
        return io.miningaudit.fixtures.RulesFolder.copyOfShipped(dir.resolve("rules")).root();
    }
}
