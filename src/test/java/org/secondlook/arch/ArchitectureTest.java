package org.secondlook.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the package arrows of src/site/markdown/design.md true. */
@AnalyzeClasses(packages = "org.secondlook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String DOMAIN = "org.secondlook.domain..";
    private static final String ANALYSIS = "org.secondlook.analysis..";
    private static final String INTAKE = "org.secondlook.intake..";
    private static final String STORE = "org.secondlook.store..";
    private static final String REVIEW = "org.secondlook.review..";
    private static final String EXCHANGE = "org.secondlook.exchange..";
    private static final String CLI = "org.secondlook.cli..";
    private static final String UI = "org.secondlook.ui..";
    private static final String APP = "org.secondlook.app..";

    private static final String[] FRAMEWORKS = {"javafx..", "org.hibernate..", "org.apache.poi..", "org.h2..", "org.flywaydb.."};

    @ArchTest
    static final ArchRule nothingButAppImportsUi = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAPackage(UI);

    @ArchTest
    static final ArchRule domainImportsOnlyJdkAndPersistence = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule analysisIsPlainJava = noClasses()
            .that().resideInAPackage(ANALYSIS)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .orShould().dependOnClassesThat().resideInAnyPackage(DOMAIN, INTAKE, STORE, REVIEW, EXCHANGE, CLI, APP);

    @ArchTest
    static final ArchRule domainUsesNoFrameworks = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule intakeStaysBelowTheStore = noClasses()
            .that().resideInAPackage(INTAKE)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, REVIEW, EXCHANGE, CLI, APP, "javafx..", "org.hibernate..");

    @ArchTest
    static final ArchRule storeKnowsOnlyTheDomain = noClasses()
            .that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, INTAKE, REVIEW, EXCHANGE, CLI, APP, "javafx..");

    @ArchTest
    static final ArchRule reviewIsBelowExchangeCliAndUi = noClasses()
            .that().resideInAPackage(REVIEW)
            .should().dependOnClassesThat().resideInAnyPackage(EXCHANGE, CLI, APP, "javafx..");

    @ArchTest
    static final ArchRule exchangeUsesReviewNotStore = noClasses()
            .that().resideInAPackage(EXCHANGE)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, INTAKE, CLI, APP, "javafx..", "org.hibernate..");

    @ArchTest
    static final ArchRule cliNeverLoadsJavaFx = noClasses()
            .that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule viewsNeverTouchTheStore = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, INTAKE, ANALYSIS, CLI, "org.hibernate..", "org.h2..");
}
