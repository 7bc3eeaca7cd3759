package org.secondlook.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the package arrows of the design picture (src/site/markdown/design.md) true: the allowed arrows
 * between the top-level packages, what each may use from outside the JDK, and no cycles — neither between
 * the top-level packages nor between the capability packages of {@code review}. Rules over a package that
 * no longer exists fail ({@code archRule.failOnEmptyShould=true} in archunit.properties).
 */
@AnalyzeClasses(packages = "org.secondlook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String DOMAIN = "org.secondlook.domain..";
    private static final String ANALYSIS = "org.secondlook.analysis..";
    private static final String INTAKE = "org.secondlook.intake..";
    private static final String DEMO = "org.secondlook.demo..";
    private static final String STORE = "org.secondlook.store..";
    private static final String REVIEW = "org.secondlook.review..";
    private static final String EXCHANGE = "org.secondlook.exchange..";
    private static final String CLI = "org.secondlook.cli..";
    private static final String UI = "org.secondlook.ui..";
    private static final String APP = "org.secondlook.app..";

    private static final String[] FRAMEWORKS = {"javafx..", "org.hibernate..", "org.apache.poi..", "org.h2..", "org.flywaydb.."};

    /**
     * The allowed arrows (design picture): each layer names who may use it. An arrow that is not listed —
     * whichever way it points — fails. The window reaches the exchange's use cases through {@code review}
     * only; the file formats in {@code exchange} are wired in {@code app}.
     */
    @ArchTest
    static final ArchRule allowedArrows = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy(DOMAIN)
            .layer("analysis").definedBy(ANALYSIS)
            .layer("intake").definedBy(INTAKE)
            .layer("demo").definedBy(DEMO)
            .layer("store").definedBy(STORE)
            .layer("review").definedBy(REVIEW)
            .layer("exchange").definedBy(EXCHANGE)
            .layer("cli").definedBy(CLI)
            .layer("ui").definedBy(UI)
            .layer("app").definedBy(APP)
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("exchange").mayOnlyBeAccessedByLayers("cli", "app")
            .whereLayer("demo").mayOnlyBeAccessedByLayers("cli", "app")
            .whereLayer("review").mayOnlyBeAccessedByLayers("exchange", "cli", "ui", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("review", "cli", "app")
            .whereLayer("intake").mayOnlyBeAccessedByLayers("demo", "review", "cli", "app")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("intake", "review", "cli", "app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("analysis", "intake", "demo", "store", "review", "exchange",
                    "cli", "ui", "app");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.secondlook.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenCapabilities = slices().matching("org.secondlook.review.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainImportsOnlyJdkAndPersistence = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule analysisIsPlainJava = classes()
            .that().resideInAPackage(ANALYSIS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(ANALYSIS, DOMAIN, "java..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule storeUsesOnlyTheDomainAndItsDatabaseLibraries = classes()
            .that().resideInAPackage(STORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(STORE, DOMAIN, "java..", "javax..", "jakarta.persistence..",
                    "org.hibernate..", "org.h2..", "org.flywaydb..", "com.zaxxer.hikari..", "org.postgresql..", "org.bouncycastle..", "com.fasterxml.jackson..",
                    "com.sun.jna..", "org.slf4j..");

    @ArchTest
    static final ArchRule domainUsesNoFrameworks = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule intakeAndDemoStayOffTheDatabaseAndTheWindow = noClasses()
            .that().resideInAnyPackage(INTAKE, DEMO)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hibernate..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule storeNeverLoadsJavaFx = noClasses()
            .that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.poi..");

    @ArchTest
    static final ArchRule reviewNeverLoadsJavaFx = noClasses()
            .that().resideInAPackage(REVIEW)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule exchangeNeverTouchesTheDatabase = noClasses()
            .that().resideInAPackage(EXCHANGE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hibernate..", "org.h2..");

    @ArchTest
    static final ArchRule cliNeverLoadsJavaFx = noClasses()
            .that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule viewsNeverTouchTheDatabase = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "org.h2..", "org.flywaydb..");
}
