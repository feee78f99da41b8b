package org.mailroom.ui.mailboxes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.mailroom.domain.DigitalApplication;

/**
 * The details panel's parts for the selected mailbox: its connection test and the application
 * it is assigned to. Built when the admin first selects a mailbox, so the first frame doesn't pay
 * for a list and a drop-down it doesn't show.
 */
final class SelectedMailboxView {

    private final MailboxesViewModel viewModel;
    private final Supplier<Node> testDetails;

    @FXML private VBox testPart;
    @FXML private VBox assignBox;
    @FXML private ComboBox<DigitalApplication> applicationChoice;

    private boolean showingSelection;

    /** @param testDetails builds the connection-test part (the tests screen's), shown above the assignment */
    SelectedMailboxView(MailboxesViewModel viewModel, Supplier<Node> testDetails) {
        this.viewModel = viewModel;
        this.testDetails = testDetails;
    }

    @FXML
    private void initialize() {
        testPart.getChildren().add(testDetails.get());
        applicationChoice.setCellFactory(list -> new ApplicationCell());
        applicationChoice.setButtonCell(new ApplicationCell());
        applicationChoice.valueProperty().addListener((o, before, chosen) -> {
            if (!showingSelection) {
                viewModel.assignSelected(chosen);
            }
        });
        viewModel.details().addListener((ListChangeListener<DetailRow>) change -> showAssignment());
        viewModel.applicationChoices().addListener((ListChangeListener<DigitalApplication>) change -> showAssignment());
        showAssignment();
    }

    private void showAssignment() {
        MailboxItem item = viewModel.selectedProperty().get();
        assignBox.setVisible(item != null);
        assignBox.setManaged(item != null);
        showingSelection = true;
        try {
            List<DigitalApplication> choices = new ArrayList<>();
            choices.add(null); // "not assigned"
            choices.addAll(viewModel.applicationChoices());
            applicationChoice.getItems().setAll(choices);
            applicationChoice.setValue(item == null ? null : item.application());
        } finally {
            showingSelection = false;
        }
    }

}
