package org.mailroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.mailroom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreNeverTouchesJavaFx = noClasses()
            .that().resideInAnyPackage("..domain..", "..store..", "..mail..", "..oauth..", "..io..", "..secrets..", "..text..",
                    "..detect..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the rules, the workspace and the protocols must run headless (tests, command line) and be "
                    + "readable without knowing the UI");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheStore = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..store..", "..ui..", "java.sql..")
            .because("the rules of the specification hold whatever keeps the data");

    @ArchTest
    static final ArchRule onlyTheUiKnowsTheUi = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            .and().doNotHaveSimpleName("Mailroom")
            .and().doNotHaveSimpleName("MailroomApp")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .because("screens depend on services, never the other way round; Mailroom is the composition root");

    @ArchTest
    static final ArchRule screensDoNotReachIntoEachOther = noClasses()
            .that().resideInAPackage("..ui.servers..")
            .should().dependOnClassesThat().resideInAPackage("..ui.mailboxes..")
            .because("each screen is a feature package; shared pieces live in ui.common");

    @ArchTest
    static final ArchRule viewModelsAreFreeOfControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
            .because("view models are tested without a toolkit; only views bind controls");
}
