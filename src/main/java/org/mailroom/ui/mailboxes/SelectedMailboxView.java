package org.mailroom.ui.mailboxes;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.mail.StepResult;
import org.mailroom.ui.tests.ConnectionTestsView;

/**
 * The details panel's parts for the selected mailbox: its connection test steps and the application
 * it is assigned to. Built when the admin first selects a mailbox, so the first frame doesn't pay
 * for a list and a drop-down it doesn't show.
 */
final class SelectedMailboxView {

    private final MailboxesViewModel viewModel;
    private final ConnectionTestsView tests;

    @FXML private VBox testBox;
    @FXML private Label testSummary;
    @FXML private ListView<StepResult> testSteps;
    @FXML private Button copyReportButton;
    @FXML private VBox assignBox;
    @FXML private ComboBox<DigitalApplication> applicationChoice;

    private boolean showingSelection;

    SelectedMailboxView(MailboxesViewModel viewModel, ConnectionTestsView tests) {
        this.viewModel = viewModel;
        this.tests = tests;
    }

    @FXML
    private void initialize() {
        tests.bindDetails(testBox, testSummary, testSteps, copyReportButton);
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

    @FXML
    private void copyReport() {
        tests.copyReport();
    }
}
