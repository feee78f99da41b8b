package org.mailroom.ui.migration;

import java.util.Set;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/** Opens the migration assistant, reading the mailboxes that can move as it opens. */
public final class MigrationAssistantWindow {

    private MigrationAssistantWindow() {
    }

    public static void open(MigrationAssistantViewModel assistant) {
        assistant.load(Set.of());
        ModalWindows.showManager(ViewLoader.load(new MigrationAssistantView(assistant)), Text.get("migration.title"));
    }
}
