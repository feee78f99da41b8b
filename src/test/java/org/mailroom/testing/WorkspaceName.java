package org.mailroom.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link TempWorkspace} or {@code WorkspaceDatabase} parameter resolved by {@link WorkspaceExtension}: which
 * of the test's workspaces it is, e.g. {@code @WorkspaceName("target")} beside the default one for an import.
 * The same name in one test is the same workspace; the name is also its folder's name in the test's temp folder.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface WorkspaceName {

    String value();
}
