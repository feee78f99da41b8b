package org.mailroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.platform.commons.support.AnnotationSupport;
import org.mailroom.testing.MainWindowTestBase;
import org.mailroom.testing.UiTest;

/** Every test that starts the JavaFX toolkit is tagged "ui", so the fast run (-Pfast) really leaves the toolkit out. */
@AnalyzeClasses(locations = UiTagTest.TestClasses.class)
class UiTagTest {

    /** The folder the test classes were compiled to: no need to look through every jar for them. */
    static final class TestClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(Location.of(testClass.getProtectionDomain().getCodeSource().getLocation()));
        }
    }

    private static final DescribedPredicate<JavaClass> START_THE_TOOLKIT = DescribedPredicate.describe(
            "use TestFX or JavaFX's Platform, or show the main window",
            test -> test.isAssignableTo(MainWindowTestBase.class)
                    || test.getDirectDependenciesFromSelf().stream().anyMatch(dependency -> {
                        JavaClass target = dependency.getTargetClass();
                        return target.getPackageName().startsWith("org.testfx")
                                || target.getFullName().equals("javafx.application.Platform");
                    }));

    /** What JUnit itself reads: the class's tags, from its own annotations, their meta-annotations and superclasses. */
    private static final ArchCondition<JavaClass> BE_TAGGED_UI = new ArchCondition<>("be tagged \"" + UiTest.TAG + "\" (@UiTest)") {
        @Override
        public void check(JavaClass test, ConditionEvents events) {
            boolean tagged = AnnotationSupport.findRepeatableAnnotations(test.reflect(), Tag.class).stream()
                    .anyMatch(tag -> tag.value().equals(UiTest.TAG));
            events.add(new SimpleConditionEvent(test, tagged, test.getName() + (tagged ? " is" : " is not") + " tagged ui"));
        }
    };

    @ArchTest
    static final ArchRule toolkitTestsAreTaggedUi = classes()
            .that().haveSimpleNameEndingWith("Test").and().areTopLevelClasses().and(START_THE_TOOLKIT)
            .should(BE_TAGGED_UI);
}
