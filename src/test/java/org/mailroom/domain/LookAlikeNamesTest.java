package org.mailroom.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names are compared as the admin sees them; characters that make names look alike or read otherwise are refused. */
class LookAlikeNamesTest {

    @Test
    void composedAndDecomposedAccentsAreOneName() {
        assertThat(WorkspaceRules.sameName("Café", "Cafe\u0301")).isTrue();
        assertThat(WorkspaceRules.sameName("ﬁnance", "FINANCE")).isTrue();
        assertThat(DigitalApplication.draft("Cafe\u0301").name()).isEqualTo("Café");
    }

    @Test
    void aZeroWidthSpaceIsRefusedNamingItsKind() {
        assertThat(DigitalApplication.checkName("Sa\u200Bles")).map(Violation::message)
                .contains("Application name: contains an invisible character (U+200B zero width space), which would make it "
                        + "look like another name; remove it");
        assertThat(BusinessAttributeRules.checkName("From\uFEFF", Field.FOLDER_NAME)).map(Violation::ruleKey).contains("rule.nameInvisible");
    }

    @Test
    void aRightToLeftOverrideIsRefusedNamingItsKind() {
        assertThat(DigitalApplication.checkName("Sales\u202Elmth.exe")).map(Violation::message)
                .contains("Application name: contains a text-direction control (U+202E right-to-left override), which makes it "
                        + "read otherwise than it is stored; remove it");
        assertThat(BusinessAttributeRules.checkDisplayName("Support\u2067")).map(Violation::ruleKey).contains("rule.nameDirection");
    }

    @Test
    void lettersOfEveryScriptStayWelcome() {
        assertThat(DigitalApplication.checkName("דואר תמיכה")).isEmpty();
        assertThat(DigitalApplication.checkName("Straße ﬁnance")).isEmpty();
    }

    @Test
    void aNameStoredBeforeTheRuleLosesItsInvisibleCharactersWhenRead() {
        assertThat(new DigitalApplication(7, "Sa\u200Bles\u202E", false).name()).isEqualTo("Sales");
    }
}
