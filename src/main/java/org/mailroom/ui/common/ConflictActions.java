package org.mailroom.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Shows a form's Reload and Compare buttons while a refused save offers them, and the comparison while asked for. */
public final class ConflictActions {

    private ConflictActions() {
    }

    public static void bind(Node actions, Label comparison, SaveConflict<?> conflict) {
        actions.visibleProperty().bind(conflict.openProperty());
        actions.managedProperty().bind(conflict.openProperty());
        comparison.textProperty().bind(conflict.comparisonProperty());
        comparison.visibleProperty().bind(conflict.comparingProperty());
        comparison.managedProperty().bind(conflict.comparingProperty());
    }
}
