package org.mailroom.ui.oauth;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The settings page's check boxes: one per mailbox setting, with its PowerShell line ready to copy. */
final class ChecklistBoxes {

    private ChecklistBoxes() {
    }

    static void follow(VBox box, WizardChecklist checklist) {
        Runnable fill = () -> box.getChildren().setAll(checklist.entries().stream().map(ChecklistBoxes::entry).toList());
        checklist.entries().addListener((ListChangeListener<WizardChecklist.Entry>) change -> fill.run());
        fill.run();
    }

    private static Node entry(WizardChecklist.Entry entry) {
        String mailbox = entry.item().mailbox();
        CheckBox done = new CheckBox(mailbox.isEmpty() ? entry.item().text() : mailbox + ": " + entry.item().text());
        done.setWrapText(true);
        done.selectedProperty().bindBidirectional(entry.done());
        if (entry.item().powerShell().isEmpty()) {
            return done;
        }
        TextField line = new TextField(entry.item().powerShell()); // selectable, to copy into PowerShell
        line.setEditable(false);
        line.getStyleClass().add("command-line");
        VBox.setMargin(line, new javafx.geometry.Insets(0, 0, 0, 24));
        return new VBox(2, done, line);
    }
}
