package io.miningaudit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependencies point one way: facts ← intake ← engine ← report ← pipeline ← cli. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.miningaudit");

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("facts").definedBy("io.miningaudit.facts..")
                .layer("intake").definedBy("io.miningaudit.intake..")
                .layer("engine").definedBy("io.miningaudit.engine..")
                .layer("report").definedBy("io.miningaudit.report..")
                .layer("pipeline").definedBy("io.miningaudit.pipeline..")
                .layer("cli").definedBy("io.miningaudit.cli..")
                .layer("generate").definedBy("io.miningaudit.generate..")
                .layer("ruletests").definedBy("io.miningaudit.ruletests..")
                .layer("text").definedBy("io.miningaudit.text..")
                .layer("ledger").definedBy("io.miningaudit.ledger..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("report", "ruletests", "pipeline", "cli", "ledger")
                .whereLayer("intake").mayOnlyBeAccessedByLayers("report", "ruletests", "pipeline", "cli", "generate")
                .whereLayer("ruletests").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("ledger").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("generate").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("text").mayOnlyBeAccessedByLayers("intake", "engine", "report", "ruletests", "pipeline",
                        "cli", "generate")
                .check(CLASSES);
    }

    /** The engine works on the fact model only: how a case file is read is none of its business. */
    @Test
    void theEngineDoesNotDependOnTheCaseReaders() {
        noClasses().that().resideInAPackage("io.miningaudit.engine..")
                .should().dependOnClassesThat().resideInAPackage("io.miningaudit.intake..")
                .check(CLASSES);
    }

    /** The text helpers stand at the bottom, beside the model: they use nothing of the project. */
    @Test
    void theTextHelpersUseNothingOfTheProject() {
        noClasses().that().resideInAPackage("io.miningaudit.text..")
                .should().dependOnClassesThat().resideInAnyPackage("io.miningaudit.facts..", "io.miningaudit.intake..",
                        "io.miningaudit.engine..", "io.miningaudit.report..", "io.miningaudit.cli..")
                .check(CLASSES);
    }

    /**
     * The report writes an audit's result: of the engine it may know only the result types, not how rules are
     * compiled or run.
     */
    @Test
    void theReportUsesOnlyTheEnginesResultTypes() {
        noClasses().that().resideInAPackage("io.miningaudit.report..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "engine internals (not AuditResult, Summary, Counts, Lead, LoadLead, RuleInfo, TableRow,"
                                + " AuditDiff, Labels, Language, NaturalOrder)",
                        (JavaClass c) -> c.getPackageName().startsWith("io.miningaudit.engine")
                                && !REPORT_MAY_USE.contains(c.getName().replaceAll("\\$.*", ""))))
                .check(CLASSES);
    }

    private static final java.util.Set<String> REPORT_MAY_USE = java.util.Set.of(
            "io.miningaudit.engine.AuditResult", "io.miningaudit.engine.Summary", "io.miningaudit.engine.Counts",
            "io.miningaudit.engine.Lead", "io.miningaudit.engine.LoadLead", "io.miningaudit.engine.RuleInfo",
            "io.miningaudit.engine.TableRow",
            "io.miningaudit.engine.AuditDiff", "io.miningaudit.engine.Labels", "io.miningaudit.engine.Language",
            "io.miningaudit.engine.functions.NaturalOrder");

    /** Jackson appears in the model only as the annotations {@code @Jacksonized} puts on the builders. */
    @Test
    void theModelKnowsNoRuleEngineSpreadsheetOrCommandLineLibrary() {
        noClasses().that().resideInAPackage("io.miningaudit.facts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.apache.poi..",
                        "picocli..")
                .check(CLASSES);
    }

    @Test
    void theEngineKnowsNeitherPoiNorPicocli() {
        noClasses().that().resideInAPackage("io.miningaudit.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineExitsTheProcess() {
        noClasses().that().resideOutsideOfPackage("io.miningaudit.cli..")
                .should().callMethod(System.class, "exit", int.class)
                .check(CLASSES);
    }
}
