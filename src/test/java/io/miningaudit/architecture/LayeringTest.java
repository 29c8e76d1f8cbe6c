package io.miningaudit.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependencies point one way: facts ← intake ← engine ← report ← cli. */
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
                .layer("cli").definedBy("io.miningaudit.cli..")
                .layer("generate").definedBy("io.miningaudit.generate..")
                .layer("ruletests").definedBy("io.miningaudit.ruletests..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("report", "ruletests", "cli")
                .whereLayer("intake").mayOnlyBeAccessedByLayers("engine", "report", "ruletests", "cli", "generate")
                .whereLayer("ruletests").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("generate").mayOnlyBeAccessedByLayers("cli")
                .check(CLASSES);
    }

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
