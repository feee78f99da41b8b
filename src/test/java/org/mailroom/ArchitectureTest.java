package org.mailroom;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.mailroom.ui.common.ViewLoader;

@AnalyzeClasses(packages = "org.mailroom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreNeverTouchesJavaFx = noClasses()
            .that().resideInAnyPackage("org.mailroom.domain..", "org.mailroom.store..", "org.mailroom.mail..",
                    "org.mailroom.oauth..", "org.mailroom.io..", "org.mailroom.text..", "org.mailroom.detect..",
                    "org.mailroom.check..", "org.mailroom.secrets..", "org.mailroom.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the rules, the workspace and the protocols must run headless (tests, command line) and be "
                    + "readable without knowing the UI");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheStore = noClasses()
            .that().resideInAPackage("org.mailroom.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..store..", "..ui..", "java.sql..")
            .because("the rules of the specification hold whatever keeps the data");

    @ArchTest
    static final ArchRule onlyTheUiKnowsTheUi = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            .and(not(belongToAnyOf(Mailroom.class, MailroomApp.class, Wiring.class, WorkspaceSession.class)))
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .because("screens depend on services, never the other way round; Wiring is the one composition root, "
                    + "Mailroom and MailroomApp start and stop the app around it, WorkspaceSession is one workspace wired for the window");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.mailroom.(*)..")
            .should().beFreeOfCycles()
            .because("a change in one concern must not ripple back through another; each layer only knows those below it");

    @ArchTest
    static final ArchRule screensDoNotReachIntoEachOther = slices().matching("org.mailroom.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("org.mailroom.ui.common.."))
            .ignoreDependency(resideInAPackage("org.mailroom.ui.main.."), alwaysTrue())
            .because("each screen opens the others through functions the wiring hands it; only the shell (ui.main) "
                    + "joins screens, and what they share lives in ui.common");

    @ArchTest
    static final ArchRule viewModelsNeverCallAStore = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("org.mailroom.store..")
            .because("each use case runs in a service, in one transaction; view models only present");

    @ArchTest
    static final ArchRule onlyServicesCallStores = noClasses()
            .that().resideInAPackage("org.mailroom.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.mailroom.store..")
            .because("screens reach the workspace through services, so every change is one transaction and one event");

    @ArchTest
    static final ArchRule commonUiKnowsNoScreen = noClasses()
            .that().resideInAPackage("org.mailroom.ui.common..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mailroom.ui.applications..", "org.mailroom.ui.check..",
                    "org.mailroom.ui.detect..", "org.mailroom.ui.fromaddresses..", "org.mailroom.ui.mailboxes..",
                    "org.mailroom.ui.main..", "org.mailroom.ui.oauth..", "org.mailroom.ui.servers..", "org.mailroom.ui.tests..",
                    "org.mailroom.ui.workspace..")
            .because("ui.common holds what every screen shares; each screen opens itself");

    @ArchTest
    static final ArchRule featureScreensDoNotKnowTheShell = noClasses()
            .that().resideInAPackage("org.mailroom.ui..")
            .and().resideOutsideOfPackage("org.mailroom.ui.main..")
            .should().dependOnClassesThat().resideInAPackage("org.mailroom.ui.main..")
            .because("the shell (ui.main) joins the screens; a screen that knew the shell could not be opened anywhere else");

    @ArchTest
    static final ArchRule viewModelsAreFreeOfControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
            .because("view models are tested without a toolkit; only views bind controls");

    @ArchTest
    static final ArchRule viewsAreLoadedByTheirWindow = noClasses()
            .that().haveSimpleNameNotEndingWith("Window")
            .and().haveSimpleNameNotEndingWith("View")
            .should().callMethod(ViewLoader.class, "load", Object.class, Object[].class)
            .because("one rule for who loads a view: its screen's opener (XxxWindow), or the view it is part of");
}
