package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.BothBackends;

/** The workspace holds one of two names that look alike (composed and decomposed accents), as the rules do. */
@BothBackends
class LookAlikeNamesStoreTest {

    @Test
    void aDecomposedTwinOfAnApplicationIsADuplicate(TempWorkspace workspace) {
        ApplicationStore applications = new ApplicationStore(workspace.database());
        applications.add(DigitalApplication.draft("Café"));

        assertThatThrownBy(() -> applications.add(DigitalApplication.draft("Cafe\u0301")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is already the name of another application");
    }
}
